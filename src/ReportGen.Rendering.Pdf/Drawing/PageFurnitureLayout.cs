using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// A page's running header (left), footer (left), page number (right) and protective marking (centred, top and
/// bottom), in the margins, as one artifact.
/// </summary>
internal static class PageFurnitureLayout
{
    /// <summary>The furniture of a page with <paramref name="pageNumber"/> as its number text.</summary>
    public static IReadOnlyList<DrawOp> Draw(PageFurniture furniture, PageGeometry page, string pageNumber, LayoutContext context)
    {
        var fonts = context.Fonts;
        var text = context.Small with { Color = LayoutContext.FurnitureColor };
        var marking = context.Small with { Font = context.Small.Font.AsBold(), Color = LayoutContext.TextColor };
        var headerBaseline = page.ContentTop - 22;
        var footerBaseline = page.ContentBottom + 27;
        var ops = new List<DrawOp> { new BeginArtifactOp() };

        if (!string.IsNullOrEmpty(furniture.HeaderText) || !string.IsNullOrEmpty(furniture.Marking))
        {
            ops.Add(new LineOp(page.ContentLeft, page.ContentTop - 14, page.ContentRight, page.ContentTop - 14, context.Style.RuleColor, 0.4));
        }

        if (!string.IsNullOrEmpty(furniture.FooterText) || pageNumber.Length > 0 || !string.IsNullOrEmpty(furniture.Marking))
        {
            ops.Add(new LineOp(page.ContentLeft, page.ContentBottom + 14, page.ContentRight, page.ContentBottom + 14, context.Style.RuleColor, 0.4));
        }

        if (!string.IsNullOrEmpty(furniture.HeaderText))
        {
            ops.Add(new TextOp(page.ContentLeft, headerBaseline, furniture.HeaderText, text));
        }

        if (!string.IsNullOrEmpty(furniture.FooterText))
        {
            ops.Add(new TextOp(page.ContentLeft, footerBaseline, furniture.FooterText, text));
        }

        if (pageNumber.Length > 0)
        {
            ops.Add(new TextOp(page.ContentRight - fonts.Width(pageNumber, text.Font), footerBaseline, pageNumber, text));
        }

        if (!string.IsNullOrEmpty(furniture.Marking))
        {
            var x = (page.Width - fonts.Width(furniture.Marking, marking.Font)) / 2;
            ops.Add(new TextOp(x, headerBaseline, furniture.Marking, marking));
            ops.Add(new TextOp(x, footerBaseline, furniture.Marking, marking));
        }

        ops.Add(new EndMarkOp());
        return ops;
    }
}
