using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Layout;

/// <summary>
/// A section's paper and margins in twips (1/1440 inch), as the model's <see cref="PageGeometry"/> says, each length
/// rounded to the nearest twip: A4 is 11,906 × 16,838. Word places the header and footer itself, so the text's
/// margin above and below is the geometry's <see cref="PageGeometry.EditableVerticalMargin"/>.
/// </summary>
/// <param name="Width">The paper's width.</param>
/// <param name="Height">The paper's height.</param>
/// <param name="VerticalMargin">The margin above and below the text.</param>
/// <param name="SideMargin">The margin left and right of the text.</param>
/// <param name="FurnitureDistance">The distance from the paper's edge to the header's top and to the footer's bottom.</param>
internal sealed record PageTwips(int Width, int Height, int VerticalMargin, int SideMargin, int FurnitureDistance)
{
    /// <summary>The twips of a page of <paramref name="geometry"/>.</summary>
    public static PageTwips Of(PageGeometry geometry) => new(
        Units.ToTwips(geometry.Width),
        Units.ToTwips(geometry.Height),
        Units.ToTwips(geometry.EditableVerticalMargin),
        Units.ToTwips(geometry.SideMargin),
        Units.ToTwips(geometry.FurnitureDistance));

    /// <summary>The height between the top and bottom margins: 14,002 twips portrait, 9,978 landscape.</summary>
    public int TextHeight => Height - (2 * VerticalMargin);

    /// <summary>The width between the side margins: 9,638 twips (17 cm) portrait, 15,138 (26.7 cm) landscape.</summary>
    public int TextWidth => Width - (2 * SideMargin);
}
