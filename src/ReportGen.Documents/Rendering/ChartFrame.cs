using ReportGen.Documents.Model;

namespace ReportGen.Documents.Rendering;

/// <summary>
/// The plot area of a chart and the mapping into it: categories side by side, each in a slot of equal width with its
/// point in the slot's middle (as Word's "between tick marks"), values up from the axis minimum. Shared by the
/// renderers that draw charts themselves (the PDF, the HTML page's SVG), so both place every point alike.
/// </summary>
/// <param name="Left">The plot's left edge.</param>
/// <param name="Top">The plot's top edge.</param>
/// <param name="Right">The plot's right edge.</param>
/// <param name="Bottom">The plot's bottom edge.</param>
/// <param name="Count">How many categories.</param>
/// <param name="Axis">The value axis.</param>
public sealed record ChartFrame(double Left, double Top, double Right, double Bottom, int Count, ValueAxis Axis)
{
    /// <summary>The width of one category's slot.</summary>
    public double Slot => (Right - Left) / Math.Max(1, Count);

    /// <summary>The middle of category <paramref name="index"/>.</summary>
    public double X(int index) => Left + ((index + 0.5) * Slot);

    /// <summary>The left edge of category <paramref name="index"/>'s slot (the right edge of the one before).</summary>
    public double Edge(int index) => Left + (index * Slot);

    /// <summary>Where <paramref name="value"/> is, kept within the plot.</summary>
    public double Y(double value)
    {
        var span = Axis.Maximum - Axis.Minimum;
        var share = span <= 0 ? 0 : (value - Axis.Minimum) / span;
        return Bottom - (Math.Clamp(share, 0, 1) * (Bottom - Top));
    }

    /// <summary>Where bars grow from: zero when the scale spans it, else the nearer end.</summary>
    public double Baseline => Y(Math.Clamp(0, Axis.Minimum, Axis.Maximum));
}
