using System.Globalization;
using ReportGen.Documents.Model;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportGen.Rendering.Docx.Charts;

/// <summary>
/// Word chart series from <see cref="ChartColumns"/>: a line series for each line, reference line and set of
/// highlighted points (a reference line has no markers; highlights have no line), a bar series for each bar series.
/// Every series refers to its cells in the embedded worksheet and carries their values as its cache.
/// </summary>
internal static class SeriesWriter
{
    /// <summary>The line series of column <paramref name="index"/>.</summary>
    public static C.LineChartSeries Line(ChartColumns table, int index, ChartText text)
    {
        var column = table.Columns[index];
        var series = new C.LineChartSeries(new C.Index { Val = (uint)index }, new C.Order { Val = (uint)index }, Name(column, index));
        switch (column.Kind)
        {
            case ColumnKind.Series:
                var s = column.Series!;
                series.Append(ChartShapes.LineShape(s.Color, s.LineWidth, s.Dash), Marker(s.Marker, s.MarkerSize, s.Color));
                break;
            case ColumnKind.ReferenceLine:
                var line = column.Line!;
                var clearance = line.Labelled ? Clearance(table, line.Last) : 0;
                series.Append(ChartShapes.LineShape(line.Color, line.LineWidth, line.Dash), clearance > 0 ? InvisibleMarker(clearance) : new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None }));
                if (line.Labelled)
                {
                    series.Append(EndLabel(line, text));
                }

                break;
            default:
                var highlight = column.Highlight!;
                series.Append(new C.ChartShapeProperties(ChartShapes.NoLine()), Marker(highlight.Shape, highlight.MarkerSize, highlight.Color));
                break;
        }

        series.Append(Categories(table), Values(table, index), new C.Smooth { Val = false });
        return series;
    }

    /// <summary>The bar series of column <paramref name="index"/>, with its bars' own colours and value labels.</summary>
    public static C.BarChartSeries Bar(ChartColumns table, int index, string formatCode, ChartText text)
    {
        var s = table.Columns[index].Series!;
        var series = new C.BarChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            Name(table.Columns[index], index),
            new C.ChartShapeProperties(ChartShapes.Fill(s.Color), ChartShapes.NoLine()),
            new C.InvertIfNegative { Val = false });
        if (s.PointColors is { } colors)
        {
            for (var i = 0; i < colors.Count; i++)
            {
                series.Append(new C.DataPoint(
                    new C.Index { Val = (uint)i },
                    new C.InvertIfNegative { Val = false },
                    new C.Bubble3D { Val = false },
                    new C.ChartShapeProperties(ChartShapes.Fill(colors[i]), ChartShapes.NoLine())));
            }
        }

        if (s.ValueLabels is not null)
        {
            series.Append(new C.DataLabels(
                new C.NumberingFormat { FormatCode = formatCode, SourceLinked = false },
                ChartShapes.Invisible(),
                ChartShapes.Text(text.LabelSize, ChartText.Ink, text.Font),
                new C.DataLabelPosition { Val = C.DataLabelPositionValues.OutsideEnd },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }));
        }

        series.Append(Categories(table), Values(table, index));
        return series;
    }

    private static C.SeriesText Name(ChartColumn column, int index) => new(new C.StringReference(
        new C.Formula(ChartColumns.NameFormula(index)),
        new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(column.Name)) { Index = 0 })));

    private static C.Marker Marker(MarkerShape shape, double size, Rgb color)
    {
        var symbol = shape switch
        {
            MarkerShape.Circle => C.MarkerStyleValues.Circle,
            MarkerShape.Square => C.MarkerStyleValues.Square,
            MarkerShape.Triangle => C.MarkerStyleValues.Triangle,
            MarkerShape.Diamond => C.MarkerStyleValues.Diamond,
            _ => C.MarkerStyleValues.None,
        };
        if (symbol == C.MarkerStyleValues.None)
        {
            return new C.Marker(new C.Symbol { Val = symbol });
        }

        return new C.Marker(
            new C.Symbol { Val = symbol },
            new C.Size { Val = (byte)Math.Clamp((int)Math.Round(size), 2, 72) },
            new C.ChartShapeProperties(ChartShapes.Fill(color), ChartShapes.Line(Rgb.White, 0.5)));
    }

    /// <summary>
    /// The size, in points, of the largest marker another series draws at category <paramref name="index"/> (0 when
    /// none does). A reference line's end label stands beside its last point; Word and LibreOffice set a label that
    /// far from the point's own marker, so a line given an invisible marker this size labels clear of a series'
    /// marker at the same place (the December point on its upper limit).
    /// </summary>
    internal static double Clearance(ChartColumns table, int index) => table.Columns
        .Where(c => c.Kind != ColumnKind.ReferenceLine && index < c.Values.Count && c.Values[index] is not null)
        .Select(c => c.Kind == ColumnKind.Series ? (c.Series!.Marker == MarkerShape.None ? 0 : c.Series.MarkerSize) : c.Highlight!.MarkerSize)
        .DefaultIfEmpty(0)
        .Max();

    // A marker with neither fill nor outline, a little larger than the marker it clears, to space a label.
    private static C.Marker InvisibleMarker(double clearance) => new(
        new C.Symbol { Val = C.MarkerStyleValues.Circle },
        new C.Size { Val = (byte)Math.Clamp((int)Math.Ceiling(clearance) + 2, 2, 72) },
        ChartShapes.Invisible());

    // The label at a reference line's right-hand end: its own words ("Mean 460"), not the legend's name.
    private static C.DataLabels EndLabel(ReferenceLine line, ChartText text) => new(
        new C.DataLabel(
            new C.Index { Val = (uint)line.Last },
            ChartShapes.Rich(line.Label, text.LabelSize, ChartText.Ink, text.Font),
            ChartShapes.Invisible(),
            new C.DataLabelPosition { Val = C.DataLabelPositionValues.Right },
            new C.ShowLegendKey { Val = false },
            new C.ShowValue { Val = true },
            new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false },
            new C.ShowPercent { Val = false },
            new C.ShowBubbleSize { Val = false }),
        new C.ShowLegendKey { Val = false },
        new C.ShowValue { Val = false },
        new C.ShowCategoryName { Val = false },
        new C.ShowSeriesName { Val = false },
        new C.ShowPercent { Val = false },
        new C.ShowBubbleSize { Val = false });

    private static C.CategoryAxisData Categories(ChartColumns table)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)table.Categories.Count });
        for (var i = 0; i < table.Categories.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(table.Categories[i])) { Index = (uint)i });
        }

        return new C.CategoryAxisData(new C.StringReference(new C.Formula(table.CategoryFormula), cache));
    }

    private static C.Values Values(ChartColumns table, int index)
    {
        var values = table.Columns[index].Values;
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(Number(value))) { Index = (uint)i });
            }
        }

        return new C.Values(new C.NumberReference(new C.Formula(table.ValueFormula(index)), cache));
    }

    /// <summary>A value as the worksheet and the cache write it: invariant, round-trippable.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
