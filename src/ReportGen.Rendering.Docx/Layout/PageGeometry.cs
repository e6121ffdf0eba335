using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Layout;

/// <summary>
/// A4 paper and the margins of a section in each orientation, in twips (1/1440 inch). Landscape sections use the PDF
/// renderer's landscape geometry (1.7 cm above and below, 1.5 cm at the sides), so a dashboard laid out to fill a PDF
/// page has the same room in Word; portrait sections keep Word's roomier 2.5 cm above and below.
/// </summary>
internal static class PageGeometry
{
    /// <summary>210 mm.</summary>
    public const int ShortEdge = 11906;

    /// <summary>297 mm.</summary>
    public const int LongEdge = 16838;

    /// <summary>2.5 cm above and below portrait text, leaving room for the running header and footer.</summary>
    public const int PortraitVerticalMargin = 1418;

    /// <summary>2 cm left and right of portrait text.</summary>
    public const int PortraitSideMargin = 1134;

    /// <summary>1.25 cm from the paper's edge to a portrait header's top and footer's bottom.</summary>
    public const int PortraitFurnitureDistance = 709;

    /// <summary>1.7 cm above and below landscape text: the PDF's landscape margin.</summary>
    public const int LandscapeVerticalMargin = 964;

    /// <summary>1.5 cm left and right of landscape text: the PDF's landscape margin.</summary>
    public const int LandscapeSideMargin = 850;

    /// <summary>
    /// 0.6 cm from the paper's edge to a landscape header's top and footer's bottom: the header's line, its rule
    /// and a marking's line above it still end above the 1.7 cm margin, where the PDF draws them.
    /// </summary>
    public const int LandscapeFurnitureDistance = 340;

    /// <summary>The paper's width for <paramref name="orientation"/>.</summary>
    public static int PageWidth(Orientation orientation) => orientation == Orientation.Landscape ? LongEdge : ShortEdge;

    /// <summary>The paper's height for <paramref name="orientation"/>.</summary>
    public static int PageHeight(Orientation orientation) => orientation == Orientation.Landscape ? ShortEdge : LongEdge;

    /// <summary>The margin above and below the text for <paramref name="orientation"/>.</summary>
    public static int VerticalMargin(Orientation orientation) =>
        orientation == Orientation.Landscape ? LandscapeVerticalMargin : PortraitVerticalMargin;

    /// <summary>The margin left and right of the text for <paramref name="orientation"/>.</summary>
    public static int SideMargin(Orientation orientation) =>
        orientation == Orientation.Landscape ? LandscapeSideMargin : PortraitSideMargin;

    /// <summary>The distance from the paper's edge to the header's top and to the footer's bottom.</summary>
    public static int FurnitureDistance(Orientation orientation) =>
        orientation == Orientation.Landscape ? LandscapeFurnitureDistance : PortraitFurnitureDistance;

    /// <summary>The height between the top and bottom margins: 14,002 twips portrait, 9,978 landscape.</summary>
    public static int TextHeight(Orientation orientation) => PageHeight(orientation) - (2 * VerticalMargin(orientation));

    /// <summary>The width between the side margins: 9,638 twips (17 cm) portrait, 15,138 (26.7 cm) landscape.</summary>
    public static int TextWidth(Orientation orientation) => PageWidth(orientation) - (2 * SideMargin(orientation));
}
