using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout.Flow;
using ReportGen.Rendering.Pdf.Layout.Text;

namespace ReportGen.Rendering.Pdf.Layout.Charts;

/// <summary>
/// Lays a chart out as one unbreakable slice (so it moves whole to the next page when it does not fit), tagged as
/// a Figure whose alternative text stands for everything inside it: title, value-axis title, gridlines and tick
/// labels, reference lines, series, highlighted points, reference-line labels and the legend, top to bottom.
/// </summary>
internal static class ChartLayout
{
    /// <summary>The smallest plot height worth drawing; a shorter chart is made taller.</summary>
    const double MinimumPlotHeight = 60;

    /// <summary>The chart as a slice, <see cref="ChartSize.WidthFraction"/> of <paramref name="textWidth"/> wide, no taller than <paramref name="maxHeight"/>.</summary>
    public static Slice Lay(Chart chart, double textWidth, double maxHeight, LayoutContext context)
    {
        var width = textWidth * chart.Size.WidthFraction;
        var labelSize = Math.Max(7, context.Style.SmallSize - 1);
        var labels = new ChartText(context, LayoutContext.TextColor, labelSize);
        var ticks = new ChartText(context, AxisLayout.AxisColor, labelSize);
        var ops = new List<DrawOp>();

        var y = 0.0;
        if (chart.Title.Length > 0)
        {
            var style = new TextStyle(new Fonts.FontSpec(context.Style.SmallSize + 1, Bold: true), LayoutContext.TextColor);
            foreach (var line in context.Text.Lay([new TextRun(chart.Title)], style, width, CellAlignment.Left))
            {
                line.Draw(0, y, ops);
                y += line.Height;
            }

            y += 4;
        }

        if (chart.ValueAxis.Title.Length > 0)
        {
            ops.Add(ticks.Below(chart.ValueAxis.Title, 0, y, CellAlignment.Left));
            y += ticks.LineHeight + 2;
        }

        var legend = LegendLayout.Measure(chart.LegendEntries(), width, labels);
        var categoryHeight = labels.LineHeight + 6;
        var height = Math.Min(maxHeight, Math.Max(chart.Size.Height, y + MinimumPlotHeight + categoryHeight + legend.Height));
        var frame = Frame(chart, width, y + (ticks.LineHeight / 2), height - legend.Height - categoryHeight, ticks, labels);

        ops.AddRange(AxisLayout.ValueAxis(frame, ticks));
        ops.AddRange(ReferenceLineLayout.Lines(chart, frame));
        ops.AddRange(SeriesLayout.Series(chart, frame, labels));
        ops.Add(AxisLayout.AxisLine(frame));
        ops.AddRange(SeriesLayout.Highlights(chart, frame));
        ops.AddRange(ReferenceLineLayout.Labels(chart, frame, labels));
        ops.AddRange(AxisLayout.Categories(chart.Categories, frame, ticks, chart.Kind != ChartKind.Bar));
        ops.AddRange(legend.Draw(height - legend.Height));

        return new Slice(height, [new BeginFigureOp(chart.AltText, 0, 0, width, height), .. ops, new EndMarkOp()]);
    }

    static ChartFrame Frame(Chart chart, double width, double top, double bottom, ChartText ticks, ChartText labels)
    {
        var left = chart.ValueAxis.Ticks.Select(t => ticks.Width(t.Label)).DefaultIfEmpty(0).Max() + AxisLayout.LabelGap;
        var right = width - Math.Max(ReferenceLineLayout.LabelWidth(chart, labels), 2);
        var frame = new ChartFrame(left, top, right, bottom, chart.Categories.Count, chart.ValueAxis);

        // The last category label is centred on its point and may stick out past the plot's right edge.
        var last = chart.Categories.Count == 0 ? 0 : (ticks.Width(chart.Categories[^1]) / 2) - (frame.Slot / 2);
        var spare = width - right;
        return last > spare ? frame with { Right = right - (last - spare) } : frame;
    }
}
