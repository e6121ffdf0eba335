using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Html.Charts;

/// <summary>
/// The plot area of a chart and the mapping into it, as the PDF's: categories side by side in slots of equal width,
/// each point in its slot's middle; values up from the axis minimum.
/// </summary>
/// <param name="Left">The plot's left edge.</param>
/// <param name="Top">The plot's top edge.</param>
/// <param name="Right">The plot's right edge.</param>
/// <param name="Bottom">The plot's bottom edge.</param>
/// <param name="Count">How many categories.</param>
/// <param name="Axis">The value axis.</param>
internal sealed record SvgFrame(double Left, double Top, double Right, double Bottom, int Count, ValueAxis Axis)
{
    /// <summary>The width of one category's slot.</summary>
    public double Slot => (Right - Left) / Math.Max(1, Count);

    /// <summary>The middle of category <paramref name="index"/>.</summary>
    public double X(int index) => Left + ((index + 0.5) * Slot);

    /// <summary>The left edge of category <paramref name="index"/>'s slot.</summary>
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
