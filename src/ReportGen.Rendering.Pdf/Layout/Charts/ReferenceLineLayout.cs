using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Charts;

/// <summary>
/// Reference lines across their categories' slots, and the labels of labelled lines in the margin to the right of
/// the plot, nudged apart when lines lie close together.
/// </summary>
internal static class ReferenceLineLayout
{
    /// <summary>The gap between the plot and the labels.</summary>
    public const double LabelGap = 4;

    /// <summary>The room the labels need to the right of the plot.</summary>
    public static double LabelWidth(Chart chart, ChartText labels)
    {
        var widths = chart.ReferenceLines.Where(l => l.Labelled).Select(l => labels.Width(l.Label)).ToList();
        return widths.Count == 0 ? 0 : widths.Max() + LabelGap;
    }

    /// <summary>The lines.</summary>
    public static IEnumerable<DrawOp> Lines(Chart chart, ChartFrame frame) =>
        chart.ReferenceLines.Select(line =>
        {
            var y = frame.Y(line.Value);
            return (DrawOp)new LineOp(frame.Edge(line.First), y, frame.Edge(line.Last + 1), y, line.Color, line.LineWidth, line.Dash);
        });

    /// <summary>The labels, each level with its line unless that would make it overlap its neighbour.</summary>
    public static IEnumerable<DrawOp> Labels(Chart chart, ChartFrame frame, ChartText labels)
    {
        var placed = chart.ReferenceLines
            .Where(l => l.Labelled)
            .Select(l => (l.Label, Y: frame.Y(l.Value)))
            .OrderBy(l => l.Y)
            .ToList();
        var gap = labels.LineHeight * 0.95;
        for (var i = 1; i < placed.Count; i++)
        {
            if (placed[i].Y - placed[i - 1].Y < gap)
            {
                placed[i] = placed[i] with { Y = placed[i - 1].Y + gap };
            }
        }

        // Pushed past the bottom: slide the whole stack up.
        var overflow = placed.Count == 0 ? 0 : placed[^1].Y - (frame.Bottom + (gap / 2));
        return placed.Select(l => (DrawOp)labels.At(l.Label, frame.Right + LabelGap, l.Y - Math.Max(0, overflow), CellAlignment.Left));
    }
}
