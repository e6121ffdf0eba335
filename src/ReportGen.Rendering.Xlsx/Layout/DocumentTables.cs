using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Xlsx.Layout;

/// <summary>
/// The tables of a document in reading order (inside columns too), each with the note paragraphs that follow it (its
/// sources, the <c>[c]</c> footnote). A table with no data rows (or no columns) is left out: a spreadsheet table needs one.
/// </summary>
internal static class DocumentTables
{
    public static IReadOnlyList<DocumentTable> Of(ReportDocument document) =>
        [.. document.Sections.SelectMany(s => Walk(s.Blocks)).Where(t => t.Table.Columns.Count > 0 && t.Table.BodyRows.Any(r => !r.IsGroupHeading))];

    private static IEnumerable<DocumentTable> Walk(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case Table table:
                    var notes = blocks.Skip(i + 1)
                        .TakeWhile(b => b is Paragraph { Style: ParagraphStyle.Note })
                        .Cast<Paragraph>()
                        .ToList();
                    yield return new DocumentTable(table, notes);
                    break;
                case Columns columns:
                    foreach (var found in columns.Items.SelectMany(c => Walk(c.Blocks)))
                    {
                        yield return found;
                    }

                    break;
            }
        }
    }
}

/// <summary>A table of the document and the notes printed under it.</summary>
/// <param name="Table">The table.</param>
/// <param name="Notes">The note paragraphs that follow it, in order.</param>
internal sealed record DocumentTable(Table Table, IReadOnlyList<Paragraph> Notes);
