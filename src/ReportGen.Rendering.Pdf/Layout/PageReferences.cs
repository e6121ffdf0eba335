using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// Fills the page references of a document in as text, so they can be measured and drawn like any other words: the
/// layout runs once with a guess, then again with the pages the anchors landed on.
/// </summary>
internal static class PageReferences
{
    /// <summary>Whether <paramref name="document"/> has any page reference.</summary>
    public static bool Any(ReportDocument document) => document.Sections.Any(s => AnyIn(s.Blocks));

    // Looks where Map goes, without building anything.
    static bool AnyIn(IReadOnlyList<Block> blocks) => blocks.Any(block => block switch
    {
        Heading heading => AnyIn(heading.Content),
        Paragraph paragraph => AnyIn(paragraph.Content),
        ListBlock list => list.Items.Any(i => AnyIn(i.Content)),
        Table table => AnyIn(table.HeaderRows) || AnyIn(table.BodyRows),
        Columns columns => columns.Items.Any(c => AnyIn(c.Blocks)),
        _ => false,
    });

    static bool AnyIn(IReadOnlyList<TableRow> rows) => rows.Any(r => r.Cells.Any(c => AnyIn(c.Content)));

    static bool AnyIn(IReadOnlyList<Inline> inlines) => inlines.Any(i => i is PageReference);

    /// <summary><paramref name="document"/> with each page reference replaced by the text <paramref name="page"/> gives for its anchor.</summary>
    public static ReportDocument Resolve(ReportDocument document, Func<string, string> page) =>
        Map(document, inline => inline is PageReference reference ? new TextRun(page(reference.Anchor), reference.Bold) : inline);

    static ReportDocument Map(ReportDocument document, Func<Inline, Inline> map) => document with
    {
        Sections = [.. document.Sections.Select(s => s with { Blocks = Blocks(s.Blocks, map) })],
    };

    static IReadOnlyList<Block> Blocks(IReadOnlyList<Block> blocks, Func<Inline, Inline> map) => [.. blocks.Select(b => Block(b, map))];

    static Block Block(Block block, Func<Inline, Inline> map) => block switch
    {
        Heading heading => heading with { Content = Inlines(heading.Content, map) },
        Paragraph paragraph => paragraph with { Content = Inlines(paragraph.Content, map) },
        ListBlock list => list with { Items = [.. list.Items.Select(i => i with { Content = Inlines(i.Content, map) })] },
        Table table => table with { HeaderRows = Rows(table.HeaderRows, map), BodyRows = Rows(table.BodyRows, map) },
        Columns columns => columns with { Items = [.. columns.Items.Select(c => c with { Blocks = Blocks(c.Blocks, map) })] },
        _ => block,
    };

    static IReadOnlyList<TableRow> Rows(IReadOnlyList<TableRow> rows, Func<Inline, Inline> map) =>
        [.. rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Content = Blocks(c.Content, map) })] })];

    static IReadOnlyList<Inline> Inlines(IReadOnlyList<Inline> inlines, Func<Inline, Inline> map) => [.. inlines.Select(map)];
}
