using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Tests.Support;

/// <summary>Runs the layout engine alone and reads its display lists, for fast and exact pagination tests.</summary>
internal static class Layouts
{
    public static IReadOnlyList<LaidOutPage> Paginate(ReportDocument document)
    {
        var fonts = new FontBook(BuiltInFonts.Default);
        return DocumentLayout.Paginate(document, new LayoutContext(fonts, document.Style, document.Layout));
    }

    public static IReadOnlyList<LaidOutPage> Paginate(params Block[] blocks) => Paginate(Document(Orientation.Portrait, blocks));

    public static ReportDocument Document(Orientation orientation, params Block[] blocks) => new(
        new DocumentInfo("Layout", "en-GB"),
        DocumentStyle.Default,
        [new Section(orientation, new PageFurniture(), blocks)]);

    /// <summary>The 0-based index of the first page with text containing <paramref name="text"/>.</summary>
    public static int PageOf(IReadOnlyList<LaidOutPage> pages, string text)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            if (pages[i].Ops.OfType<TextOp>().Any(t => t.Text.Contains(text, StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    public static IEnumerable<TextOp> Texts(LaidOutPage page) => page.Ops.OfType<TextOp>();

    public static string Filler(int words, string word = "lorem") => string.Join(" ", Enumerable.Repeat(word, words));
}
