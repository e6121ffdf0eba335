using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>A page's size and margins in PDF points, from the model's <see cref="PageGeometry"/> (or a column's measuring page).</summary>
internal sealed record PageBox(double Width, double Height, double MarginX, double MarginY)
{
    /// <summary>
    /// The box of a page of <paramref name="geometry"/>: the paper rounded to whole points (A4 is 595 × 842), the
    /// margins as they are.
    /// </summary>
    public static PageBox Of(PageGeometry geometry) =>
        new(Math.Round(geometry.Width), Math.Round(geometry.Height), geometry.SideMargin, geometry.VerticalMargin);

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
