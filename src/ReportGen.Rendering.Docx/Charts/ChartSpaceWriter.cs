using ReportGen.Documents.Model;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportGen.Rendering.Docx.Charts;

/// <summary>
/// A Word chart (<c>c:chartSpace</c>) that shows what the PDF chart shows: the title, bars or lines in the same
/// colours, dashes and markers, the reference lines as unmarked line series labelled at their right-hand end, the
/// highlighted points as marker-only series, the value axis's scale and format, and the same legend entries.
/// </summary>
internal static class ChartSpaceWriter
{
    /// <summary>The chart space of <paramref name="chart"/>; <paramref name="workbookId"/> is the embedded worksheet's relationship.</summary>
    public static C.ChartSpace Write(Chart chart, ChartColumns table, ChartText text, int labelSkip, string workbookId, double widthPoints)
    {
        var plot = new C.PlotArea(new C.Layout());
        var lineIndexes = Enumerable.Range(0, table.Columns.Count).ToList();
        if (chart.Kind == ChartKind.Bar)
        {
            var bars = new C.BarChart(
                new C.BarDirection { Val = C.BarDirectionValues.Column },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false });
            var barIndexes = lineIndexes.Where(i => table.Columns[i].Kind == ColumnKind.Series).ToList();
            bars.Append(barIndexes.Select(i => SeriesWriter.Bar(table, i, chart.ValueAxis.FormatCode, text)));
            // The PDF's bars fill 70% of their slot: a gap of 30/70 of a bar group.
            bars.Append(new C.GapWidth { Val = 43 }, new C.Overlap { Val = 0 }, new C.AxisId { Val = AxisWriter.CategoryAxisId }, new C.AxisId { Val = AxisWriter.ValueAxisId });
            plot.Append(bars);
            lineIndexes = [.. lineIndexes.Except(barIndexes)];
        }

        if (lineIndexes.Count > 0)
        {
            var lines = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
            lines.Append(lineIndexes.Select(i => SeriesWriter.Line(table, i, text, widthPoints)));
            lines.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = AxisWriter.CategoryAxisId }, new C.AxisId { Val = AxisWriter.ValueAxisId });
            plot.Append(lines);
        }

        plot.Append(AxisWriter.Categories(text, labelSkip), AxisWriter.Values(chart.ValueAxis, text), ChartShapes.Invisible());

        var body = new C.Chart();
        if (chart.Title.Length > 0)
        {
            body.Append(new C.Title(ChartShapes.Rich(chart.Title, text.TitleSize, ChartText.Ink, text.Font, bold: true), new C.Overlay { Val = false }));
        }

        body.Append(new C.AutoTitleDeleted { Val = chart.Title.Length == 0 }, plot);
        if (Legend(chart, table, text) is { } legend)
        {
            body.Append(legend);
        }

        body.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-GB" },
            new C.RoundedCorners { Val = false },
            body,
            ChartShapes.Invisible(),
            ChartShapes.Text(text.LabelSize, ChartText.Ink, text.Font),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = workbookId });
    }

    // Word lists every series; the chart's legend lists each reference-line name once and leaves out lines kept
    // out of it, so the other entries are deleted.
    private static C.Legend? Legend(Chart chart, ChartColumns table, ChartText text)
    {
        if (chart.Legend == LegendPosition.None)
        {
            return null;
        }

        var legend = new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var isNew = seen.Add(column.Name);
            if (column.Kind == ColumnKind.ReferenceLine && !(column.Line!.InLegend && isNew))
            {
                legend.Append(new C.LegendEntry(new C.Index { Val = (uint)i }, new C.Delete { Val = true }));
            }
        }

        legend.Append(new C.Overlay { Val = false }, ChartShapes.Text(text.LabelSize, ChartText.Ink, text.Font));
        return legend;
    }
}
