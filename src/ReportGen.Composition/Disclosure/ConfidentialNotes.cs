using ReportGen.Core.Disclosure;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Disclosure;

/// <summary>
/// Puts the footnote that explains <c>[c]</c> wherever it is shown: under each table that shows it, and after the
/// other blocks of a template block (a paragraph of narrative, a list) that show it, once. Whichever composer made
/// the blocks, the reader is never left with an unexplained <c>[c]</c>.
/// </summary>
internal static class ConfidentialNotes
{
    /// <summary>The footnote, as a note paragraph.</summary>
    public static Paragraph Note(string? more = null) =>
        Paragraph.Of(more is null ? Confidential.Note : $"{Confidential.Note}. {more}", ParagraphStyle.Note);

    /// <summary>The blocks of one template block, with the footnote where it is needed.</summary>
    public static IEnumerable<Block> Follow(IReadOnlyList<Block> blocks)
    {
        var hasNote = blocks.Any(IsNote);
        var textShows = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            yield return blocks[i];
            if (blocks[i] is Table table && Shows(table) && !(i + 1 < blocks.Count && IsNote(blocks[i + 1])))
            {
                yield return Note();
            }
            else if (blocks[i] is not Table && !IsNote(blocks[i]) && Shows(blocks[i]))
            {
                textShows = true;
            }
        }

        if (textShows && !hasNote)
        {
            yield return Note();
        }
    }

    /// <summary>Whether <paramref name="block"/> shows <c>[c]</c> anywhere in its text.</summary>
    public static bool Shows(Block block) => Texts(block).Any(t => t.Contains(Confidential.Symbol, StringComparison.Ordinal));

    private static bool IsNote(Block block) =>
        block is Paragraph { Content: [TextRun run, ..] } && run.Text.StartsWith(Confidential.Note, StringComparison.Ordinal);

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Paragraph p => Inlines(p.Content),
        Heading h => Inlines(h.Content),
        ListBlock l => l.Items.SelectMany(item => Inlines(item.Content)),
        Table t => t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).SelectMany(c => c.Content).SelectMany(Texts),
        _ => [],
    };

    private static IEnumerable<string> Inlines(IEnumerable<Inline> inlines) => inlines.Select(i => i switch
    {
        TextRun run => run.Text,
        Hyperlink link => link.Text,
        _ => string.Empty,
    });
}
