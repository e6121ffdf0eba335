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
    /// <summary>
    /// The line series of column <paramref name="index"/> of a chart <paramref name="widthPoints"/> wide (to set a
    /// reference line's end label clear of the markers at its point).
    /// </summary>
    public static C.LineChartSeries Line(ChartColumns table, int index, ChartText text, double widthPoints)
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
                series.Append(ChartShapes.LineShape(line.Color, line.LineWidth, line.Dash), new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None }));
                if (line.Labelled)
                {
                    series.Append(EndLabel(line, text, LabelOffset(Clearance(table, line.Last), widthPoints)));
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
    /// none does): a reference line's end label, beside its last point, must clear it.
    /// </summary>
    internal static double Clearance(ChartColumns table, int index) => table.Columns
        .Where(c => c.Kind != ColumnKind.ReferenceLine && index < c.Values.Count && c.Values[index] is not null)
        .Select(c => c.Kind == ColumnKind.Series ? (c.Series!.Marker == MarkerShape.None ? 0 : c.Series.MarkerSize) : c.Highlight!.MarkerSize)
        .DefaultIfEmpty(0)
        .Max();

    /// <summary>
    /// How far right of where Word and LibreOffice would set it (a label with its left edge a little beyond its
    /// point) an end label is moved, as a share of the chart's width, so that it clears a marker <paramref name="clearance"/>
    /// points wide at its point: half the marker and a gap. A marker of 4 pt or less is cleared already.
    /// </summary>
    internal static double LabelOffset(double clearance, double widthPoints) =>
        clearance <= LabelGap || widthPoints <= 0 ? 0 : Math.Round(((clearance / 2) + LabelGap) / widthPoints, 4);

    // About a millimetre and a half: the gap between a marker and its label.
    private const double LabelGap = 4;

    // The label at a reference line's right-hand end: its own words ("Mean 460"), not the legend's name.
    // Moved right by offset (a share of the chart's width) when a marker at its point is in the way.
    private static C.DataLabels EndLabel(ReferenceLine line, ChartText text, double offset)
    {
        var label = new C.DataLabel(
            new C.Index { Val = (uint)line.Last },
            ChartShapes.Rich(line.Label, text.LabelSize, ChartText.Ink, text.Font),
            ChartShapes.Invisible(),
            new C.DataLabelPosition { Val = C.DataLabelPositionValues.Right },
            new C.ShowLegendKey { Val = false },
            new C.ShowValue { Val = true },
            new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false },
            new C.ShowPercent { Val = false },
            new C.ShowBubbleSize { Val = false });
        if (offset > 0)
        {
            label.Index!.InsertAfterSelf(new C.Layout(new C.ManualLayout(new C.Left { Val = offset }, new C.Top { Val = 0 })));
        }

        return new C.DataLabels(
            label,
            new C.ShowLegendKey { Val = false },
            new C.ShowValue { Val = false },
            new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false },
            new C.ShowPercent { Val = false },
            new C.ShowBubbleSize { Val = false });
    }

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
