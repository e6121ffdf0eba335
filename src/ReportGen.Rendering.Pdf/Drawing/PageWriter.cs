using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// Draws laid-out pages into a PDF document, strictly in order (PDFsharp's tagging follows the current page):
/// the furniture first, as an artifact, then the page's content.
/// </summary>
internal static class PageWriter
{
    /// <summary>Adds <paramref name="pages"/> to <paramref name="pdf"/>.</summary>
    public static void Write(PdfDocument pdf, IReadOnlyList<LaidOutPage> pages, ReportDocument document, LayoutContext context)
    {
        var structure = UAManager.ForDocument(pdf).StructureBuilder;
        var destinations = Outline.Destinations(pages);
        var ids = new SortedDictionary<string, PdfDictionary>(StringComparer.Ordinal);
        var parentTree = new ParentTreeEntries(pdf);
        for (var i = 0; i < pages.Count; i++)
        {
            var laidOut = pages[i];
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(laidOut.Geometry.Width);
            page.Height = XUnit.FromPoint(laidOut.Geometry.Height);
            using var graphics = XGraphics.FromPdfPage(page);
            var canvas = new PdfCanvas(graphics, page, structure, context.Fonts, destinations, ids);
            var number = document.PageNumberText(laidOut.Furniture, i + 1, pages.Count);
            foreach (var op in PageFurnitureLayout.Draw(laidOut.Furniture, laidOut.Geometry, number, context, tagMarking: i == 0))
            {
                canvas.Draw(op);
            }

            foreach (var op in WrappedLinks.Join(laidOut.Ops))
            {
                canvas.Draw(op);
            }

            // Marked content must not run past the end of the page's content stream.
            structure.EndMarkedContentsWithId();
            parentTree.SetAsideFinished();
        }

        parentTree.Restore();

        Outline.Write(pdf, pages);
        WriteIdTree(pdf, ids);
    }

    /// <summary>
    /// The structure tree root's /IDTree: a name tree from each element ID (table headers' <c>/ID</c>) to its element,
    /// in ID order, as one leaf; none when no element has an ID.
    /// </summary>
    private static void WriteIdTree(PdfDocument pdf, SortedDictionary<string, PdfDictionary> ids)
    {
        if (ids.Count == 0 || pdf.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot") is not { } root)
        {
            return;
        }

        var names = new PdfArray(pdf);
        foreach (var (id, element) in ids)
        {
            names.Elements.Add(new PdfString(id));
            names.Elements.Add(element.Reference is { } reference ? reference : element);
        }

        var tree = new PdfDictionary(pdf);
        tree.Elements["/Names"] = names;
        root.Elements["/IDTree"] = tree;
    }
}
