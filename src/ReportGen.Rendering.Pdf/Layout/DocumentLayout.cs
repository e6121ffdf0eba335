using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout.Flow;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// Lays a whole document out on pages before anything is drawn, so the page count is known for "Page 3 of 9".
/// Each section starts a new page and is tagged Sect. A document with page references is laid out again until
/// every reference names the page its anchor landed on.
/// </summary>
internal static class DocumentLayout
{
    /// <summary>
    /// How many times a document with page references may be laid out. The second pass almost always settles it:
    /// only a page number wide enough to re-wrap a line can move an anchor again.
    /// </summary>
    const int MaxPasses = 4;

    /// <summary>The pages of <paramref name="document"/>.</summary>
    public static IReadOnlyList<LaidOutPage> Paginate(ReportDocument document, LayoutContext context)
    {
        if (!PageReferences.Any(document))
        {
            return Lay(document, context);
        }

        IReadOnlyDictionary<string, int> used = new Dictionary<string, int>();
        var pages = Lay(PageReferences.Resolve(document, _ => "?"), context);
        for (var pass = 1; pass < MaxPasses; pass++)
        {
            var found = AnchorPages(pages, document.FirstPageNumber);
            if (pass > 1 && SameKeysAndValues(found, used))
            {
                break;
            }

            used = found;
            pages = Lay(PageReferences.Resolve(document, anchor => PageText(used, anchor)), context);
        }

        return pages;
    }

    /// <summary>The number of the page each anchor is on, as the page furniture numbers pages (from <paramref name="firstPageNumber"/>).</summary>
    public static IReadOnlyDictionary<string, int> AnchorPages(IReadOnlyList<LaidOutPage> pages, int firstPageNumber)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var op in pages[i].Ops.OfType<DestinationOp>())
            {
                if (op.Anchor is { } anchor)
                {
                    found.TryAdd(anchor, firstPageNumber + i);
                }
            }
        }

        return found;
    }

    static string PageText(IReadOnlyDictionary<string, int> pages, string anchor) =>
        pages.TryGetValue(anchor, out var page) ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";

    static bool SameKeysAndValues(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);

    static IReadOnlyList<LaidOutPage> Lay(ReportDocument document, LayoutContext context)
    {
        var cursor = new PageCursor();
        foreach (var section in document.Sections)
        {
            var geometry = PageBox.Of(document.Layout.Page(section.Orientation));
            cursor.StartSection(geometry, section.Furniture);
            cursor.Emit(new BeginTagOp(StructureTag.Section));
            Place(SectionFlow.Stream(section.Blocks, geometry.ContentWidth, context, geometry.ContentHeight), cursor);
            cursor.Emit(new EndMarkOp());
        }

        if (cursor.Pages.Count == 0)
        {
            cursor.StartSection(PageBox.Of(document.Layout.Portrait), new PageFurniture(PageNumberFormat: ""));
        }

        return cursor.Pages;
    }

    /// <summary>
    /// Places <paramref name="items"/> at the cursor, each on a new page when it (and what it is kept with) does not
    /// fit. The items are read as they are placed, so a lazily built flow is laid out block by block.
    /// </summary>
    public static void Place(IEnumerable<FlowItem> items, PageCursor cursor)
    {
        using var window = new FlowWindow(items);
        while (window.Peek(0) is { } item)
        {
            cursor.EnsureSpace(Required(window, cursor.Geometry.ContentHeight));
            item.Place(cursor);
            window.Next();
        }
    }

    // The height the current item needs on its page: its own, plus (through spacers) that of whatever it is kept with.
    static double Required(FlowWindow items, double pageHeight)
    {
        var need = 0.0;
        for (var j = 0; items.Peek(j) is { } item && need <= pageHeight; j++)
        {
            if (item is Spacer spacer)
            {
                need += j > 0 ? spacer.Height : 0;
                continue;
            }

            need += item.MinHeight;
            if (!item.KeepWithNext)
            {
                break;
            }
        }

        return need;
    }
}
