using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Layout;

/// <summary>A4 paper and the margins every section uses, in twips (1/1440 inch).</summary>
internal static class PageGeometry
{
    /// <summary>210 mm.</summary>
    public const int ShortEdge = 11906;

    /// <summary>297 mm.</summary>
    public const int LongEdge = 16838;

    /// <summary>2.5 cm above and below the text, leaving room for the running header and footer.</summary>
    public const int VerticalMargin = 1418;

    /// <summary>2 cm left and right.</summary>
    public const int SideMargin = 1134;

    /// <summary>1.25 cm from the paper's edge to the header's top and to the footer's bottom.</summary>
    public const int FurnitureDistance = 709;

    /// <summary>The paper's width for <paramref name="orientation"/>.</summary>
    public static int PageWidth(Orientation orientation) => orientation == Orientation.Landscape ? LongEdge : ShortEdge;

    /// <summary>The paper's height for <paramref name="orientation"/>.</summary>
    public static int PageHeight(Orientation orientation) => orientation == Orientation.Landscape ? ShortEdge : LongEdge;

    /// <summary>The height between the top and bottom margins: 14,002 twips portrait, 9,070 landscape.</summary>
    public static int TextHeight(Orientation orientation) => PageHeight(orientation) - (2 * VerticalMargin);

    /// <summary>The width between the side margins: 9,638 twips (17 cm) portrait, 14,570 (25.7 cm) landscape.</summary>
    public static int TextWidth(Orientation orientation) => PageWidth(orientation) - (2 * SideMargin);
}
