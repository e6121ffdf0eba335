using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Charts;

/// <summary>Gridlines at the value ticks with their labels, the axis line, and the category labels (thinned to fit).</summary>
internal static class AxisLayout
{
    /// <summary>The light grey of gridlines.</summary>
    public static Rgb GridColor { get; } = Rgb.FromHex("#D9D9D9");

    /// <summary>The axis line's grey.</summary>
    public static Rgb AxisColor { get; } = Rgb.FromHex("#505A5F");

    /// <summary>The gap between a tick label and the plot.</summary>
    public const double LabelGap = 4;

    /// <summary>Gridlines and value labels.</summary>
    public static IEnumerable<DrawOp> ValueAxis(ChartFrame frame, ChartText labels)
    {
        foreach (var tick in frame.Axis.Ticks)
        {
            var y = frame.Y(tick.Value);
            yield return new LineOp(frame.Left, y, frame.Right, y, GridColor, 0.5);
            yield return labels.At(tick.Label, frame.Left - LabelGap, y, CellAlignment.Right);
        }
    }

    /// <summary>The axis line along the bottom (or at zero), drawn over the bars' feet.</summary>
    public static DrawOp AxisLine(ChartFrame frame) =>
        new LineOp(frame.Left, frame.Baseline, frame.Right, frame.Baseline, AxisColor, 0.75);

    /// <summary>The category labels under the plot; every <see cref="Step"/>th when they would collide.</summary>
    public static IEnumerable<DrawOp> Categories(IReadOnlyList<string> categories, ChartFrame frame, ChartText labels, bool ticks)
    {
        var step = Step(categories, frame.Slot, labels);
        for (var i = 0; i < categories.Count; i += step)
        {
            var x = frame.X(i);
            if (ticks)
            {
                yield return new LineOp(x, frame.Bottom, x, frame.Bottom + 3, AxisColor, 0.5);
            }

            yield return labels.Below(categories[i], x, frame.Bottom + 4, CellAlignment.Center);
        }
    }

    /// <summary>How many categories one label stands for so that neighbouring labels keep a gap of a few points.</summary>
    public static int Step(IReadOnlyList<string> categories, double slot, ChartText labels)
    {
        var widest = categories.Count == 0 ? 0 : categories.Max(labels.Width) + 6;
        return slot <= 0 ? 1 : Math.Max(1, (int)Math.Ceiling(widest / slot));
    }
}
