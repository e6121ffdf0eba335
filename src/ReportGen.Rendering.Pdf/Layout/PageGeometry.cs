using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>A page's size and margins, in points.</summary>
internal sealed record PageGeometry(double Width, double Height, double MarginX, double MarginY)
{
    const double Centimetre = 72 / 2.54;

    /// <summary>A4 portrait with 2 cm margins.</summary>
    public static PageGeometry Portrait { get; } = new(595, 842, 2 * Centimetre, 2 * Centimetre);

    /// <summary>A4 landscape with narrower margins, so wide tables get more room.</summary>
    public static PageGeometry Landscape { get; } = new(842, 595, 1.5 * Centimetre, 1.7 * Centimetre);

    /// <summary>The geometry of <paramref name="orientation"/>.</summary>
    public static PageGeometry For(Orientation orientation) =>
        orientation == Orientation.Landscape ? Landscape : Portrait;

    /// <summary>The left edge of the text area.</summary>
    public double ContentLeft => MarginX;

    /// <summary>The right edge of the text area.</summary>
    public double ContentRight => Width - MarginX;

    /// <summary>The top of the text area.</summary>
    public double ContentTop => MarginY;

    /// <summary>The bottom of the text area.</summary>
    public double ContentBottom => Height - MarginY;

    /// <summary>The width of the text area.</summary>
    public double ContentWidth => ContentRight - ContentLeft;

    /// <summary>The height of the text area.</summary>
    public double ContentHeight => ContentBottom - ContentTop;
}
