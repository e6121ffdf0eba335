using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// A page's running header (left), footer (left), page number (right) and protective marking (centred, top and
/// bottom), in the margins, as one artifact. A marking that would run into the header or footer text goes on a line
/// of its own, above the header and below the footer, so that it is always whole and legible. On the first page the
/// marking at the top is tagged text (a P before the document's content), so that a screen reader hears it once;
/// everywhere else it is part of the artifact, as the rest of the furniture is.
/// </summary>
internal static class PageFurnitureLayout
{
    /// <summary>The least space between the marking and the text beside it.</summary>
    private const double Gap = 12;

    /// <summary>How far a marking on a line of its own sits from the header's or footer's line.</summary>
    private const double LineStep = 11;

    /// <summary>
    /// The furniture of a page with <paramref name="pageNumber"/> as its number text; <paramref name="tagMarking"/>
    /// for the page whose top marking is read out (the first).
    /// </summary>
    public static IReadOnlyList<DrawOp> Draw(PageFurniture furniture, PageBox page, string pageNumber, LayoutContext context, bool tagMarking = false)
    {
        var fonts = context.Fonts;
        var text = context.Small with { Color = LayoutContext.FurnitureColor };
        var marking = context.Small with { Font = context.Small.Font.AsBold(), Color = LayoutContext.TextColor };
        var headerBaseline = page.ContentTop - 22;
        var footerBaseline = page.ContentBottom + 27;
        var ops = new List<DrawOp> { new BeginArtifactOp() };
        if (!string.IsNullOrEmpty(furniture.Watermark))
        {
            ops.Add(Watermark(furniture.Watermark, page, context));
        }

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
            bool Clashes(string? left) => !string.IsNullOrEmpty(left) && page.ContentLeft + fonts.Width(left, text.Font) + Gap > x;
            var clear = fonts.Width(furniture.Marking, marking.Font) + (2 * Gap);
            bool ClashesRight() => pageNumber.Length > 0 && page.ContentRight - fonts.Width(pageNumber, text.Font) < x + clear - Gap;
            var top = new TextOp(x, Clashes(furniture.HeaderText) ? headerBaseline - LineStep : headerBaseline, furniture.Marking, marking);
            ops.Add(new TextOp(x, Clashes(furniture.FooterText) || ClashesRight() ? footerBaseline + LineStep : footerBaseline, furniture.Marking, marking));
            if (tagMarking)
            {
                ops.AddRange([new EndMarkOp(), new BeginTagOp(StructureTag.Paragraph), top]);
            }
            else
            {
                ops.Add(top);
            }
        }

        ops.Add(new EndMarkOp());
        return ops;
    }

    /// <summary>The pale grey of a watermark: content drawn over it keeps its contrast.</summary>
    internal static Rgb WatermarkColor { get; } = Rgb.FromHex("#E3E3E3");

    /// <summary>
    /// <paramref name="text"/> in bold capitals of a size that spans about two thirds of the page's diagonal, along
    /// it, drawn first so that the content lies over it.
    /// </summary>
    private static WatermarkOp Watermark(string text, PageBox page, LayoutContext context)
    {
        var angle = Math.Atan2(page.Height, page.Width) * 180 / Math.PI;
        var diagonal = Math.Sqrt((page.Width * page.Width) + (page.Height * page.Height));
        var font = context.Small.Font.AsBold();
        var unitWidth = context.Fonts.Width(text, font) / font.Size;
        var size = Math.Clamp(diagonal * 2 / 3 / Math.Max(unitWidth, 0.01), 24, 160);
        var style = new TextStyle(font with { Size = size }, WatermarkColor);
        return new WatermarkOp(page.Width / 2, page.Height / 2, angle, text, style);
    }
}
