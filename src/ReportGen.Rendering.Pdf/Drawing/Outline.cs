using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Writing;

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

    /// <summary>
    /// Writes the outline into <paramref name="file"/>: an entry for each heading of level 1 or 2, level 2 entries under
    /// the level 1 entry before them, level 1 entries open (ISO 32000-1 §12.3.3). Returns the outline's object number,
    /// or 0 when there are no such headings. <paramref name="pageNumbers"/> gives each page's object number.
    /// </summary>
    public static int Write(PdfFile file, IReadOnlyList<LaidOutPage> pages, IReadOnlyList<int> pageNumbers)
    {
        var entries = Marks(pages).Where(mark => mark.Op.Level <= DeepestLevel && mark.Op.Title.Length > 0).ToList();
        if (entries.Count == 0)
        {
            return 0;
        }

        var root = new Entry(file.Reserve(), null, 0, null, 0, 0);
        var tops = new List<Entry>();
        foreach (var (page, op) in entries)
        {
            var parent = op.Level > 1 && tops.Count > 0 ? tops[^1] : root;
            var entry = new Entry(file.Reserve(), parent, page, op.Title, op.X, pages[page].Geometry.Height - op.Y);
            parent.Kids.Add(entry);
            if (ReferenceEquals(parent, root))
            {
                tops.Add(entry);
            }
        }

        WriteEntry(file, root, pageNumbers, null, null);
        return root.Number;
    }

    static void WriteEntry(PdfFile file, Entry entry, IReadOnlyList<int> pageNumbers, Entry? previous, Entry? next)
    {
        var sink = file.Begin(entry.Number).Raw("<<"u8);
        if (entry.Parent is null)
        {
            sink.Raw("/Type/Outlines"u8);
        }
        else
        {
            sink.Raw("/Title"u8).Text(entry.Title!).Raw("/Parent "u8).Reference(entry.Parent.Number)
                .Raw("/Dest["u8).Reference(pageNumbers[entry.Page]).Raw(" /XYZ "u8).Real(entry.Left).Space().Real(entry.Top).Raw(" null]"u8);
            if (previous is not null)
            {
                sink.Raw("/Prev "u8).Reference(previous.Number);
            }

            if (next is not null)
            {
                sink.Raw("/Next "u8).Reference(next.Number);
            }
        }

        if (entry.Kids.Count > 0)
        {
            // The root counts every entry shown; an open level 1 entry, its kids.
            var shown = entry.Parent is null ? entry.Kids.Count + entry.Kids.Sum(k => k.Kids.Count) : entry.Kids.Count;
            sink.Raw("/First "u8).Reference(entry.Kids[0].Number).Raw("/Last "u8).Reference(entry.Kids[^1].Number)
                .Raw("/Count "u8).Int(shown);
        }

        sink.Raw(">>"u8);
        file.End();
        for (var i = 0; i < entry.Kids.Count; i++)
        {
            WriteEntry(file, entry.Kids[i], pageNumbers, i > 0 ? entry.Kids[i - 1] : null, i + 1 < entry.Kids.Count ? entry.Kids[i + 1] : null);
        }
    }

    static IEnumerable<(int Page, DestinationOp Op)> Marks(IReadOnlyList<LaidOutPage> pages) =>
        pages.SelectMany((page, i) => page.Ops.OfType<DestinationOp>().Select(op => (i, op)));

    // An outline item: the root (no parent, no title) or an entry going to a place on a page.
    sealed class Entry(int number, Entry? parent, int page, string? title, double left, double top)
    {
        public int Number { get; } = number;

        public Entry? Parent { get; } = parent;

        public int Page { get; } = page;

        public string? Title { get; } = title;

        public double Left { get; } = left;

        public double Top { get; } = top;

        public List<Entry> Kids { get; } = [];
    }
}
