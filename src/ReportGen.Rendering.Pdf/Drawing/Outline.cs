using PdfSharp.Pdf;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// The document outline (bookmarks) and the places anchors name, from the headings the layout marked: level 1
/// headings at the top of the outline, level 2 headings under the level 1 before them.
/// </summary>
internal static class Outline
{
    /// <summary>The deepest heading level that gets an outline entry.</summary>
    const int DeepestLevel = 2;

    /// <summary>Where each anchor of <paramref name="pages"/> is; the first place wins if a name is used twice.</summary>
    public static IReadOnlyDictionary<string, Destination> Destinations(IReadOnlyList<LaidOutPage> pages)
    {
        var places = new Dictionary<string, Destination>(StringComparer.Ordinal);
        foreach (var (page, op) in Marks(pages))
        {
            if (op.Anchor is { } anchor)
            {
                places.TryAdd(anchor, new Destination(page + 1, op.X, op.Y, pages[page].Geometry.Height));
            }
        }

        return places;
    }

    /// <summary>Adds an outline entry for each heading of level 1 or 2 to <paramref name="pdf"/>, whose pages are drawn.</summary>
    public static void Write(PdfDocument pdf, IReadOnlyList<LaidOutPage> pages)
    {
        var entries = Marks(pages).Where(mark => mark.Op.Level <= DeepestLevel && mark.Op.Title.Length > 0).ToList();
        if (entries.Count == 0)
        {
            // Even reading pdf.Outlines makes PDFsharp point the catalog at an outline it then never writes.
            return;
        }

        PdfOutline? parent = null;
        foreach (var (index, op) in entries)
        {
            var collection = op.Level > 1 && parent is not null ? parent.Outlines : pdf.Outlines;
            var entry = collection.Add(op.Title, pdf.Pages[index], op.Level == 1);
            entry.PageDestinationType = PdfPageDestinationType.Xyz;
            entry.Left = op.X;
            entry.Top = pages[index].Geometry.Height - op.Y;
            if (op.Level == 1)
            {
                parent = entry;
            }
        }

        // Open with the bookmarks showing, so a reader sees the pack's parts at once.
        pdf.PageMode = PdfPageMode.UseOutlines;
    }

    static IEnumerable<(int Page, DestinationOp Op)> Marks(IReadOnlyList<LaidOutPage> pages) =>
        pages.SelectMany((page, i) => page.Ops.OfType<DestinationOp>().Select(op => (i, op)));
}
