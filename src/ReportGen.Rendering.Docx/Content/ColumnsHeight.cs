using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// A rough, generous estimate of how tall a columns block will be in Word, which lays pages out only when the file is
/// opened. A layout row that may not split and is taller than a page is cut off at the page's foot, so the row is
/// kept whole only when its tallest column is estimated to fit on a page; otherwise it may split and nothing is lost.
/// The estimate errs tall (wide characters, Word's paragraph spacing), so a block that fits in the PDF with a little
/// room to spare may still split in Word rather than risk losing a line.
/// </summary>
internal static class ColumnsHeight
{
    /// <summary>The average width of a character, in ems: generous for Arial's mixed text.</summary>
    private const double CharacterEms = 0.5;

    /// <summary>Line height in ems: Word's single spacing for Arial with the Normal style's 1.1 lines.</summary>
    private const double LineEms = 1.27;

    /// <summary>
    /// The share of the page's text height a column may be estimated to fill and still be kept whole: a landscape
    /// dashboard column (MOPAC's overview and finance) that the bare estimate put within the page ran past it in
    /// LibreOffice (spacing around headings, table cell margins, header rows wrapping in a narrow column), and a row
    /// kept whole that does not fit strands the heading above it on a page of its own: worse than a row that splits.
    /// </summary>
    public const double Headroom = 0.85;

    /// <summary>Whether every column of <paramref name="columns"/>, set <paramref name="widths"/> twips wide, looks short enough for a page.</summary>
    public static bool FitsOnPage(Columns columns, IReadOnlyList<int> widths, DocxContext context)
    {
        var page = Headroom * context.TextHeight / 20.0;
        return columns.Items.Select((column, i) => Column(column.Blocks, widths[i] / 20.0, context.Style)).All(height => height <= page);
    }

    /// <summary>The estimated height in points of <paramref name="blocks"/> set <paramref name="width"/> points wide.</summary>
    public static double Column(IReadOnlyList<Block> blocks, double width, DocumentStyle style) =>
        blocks.Sum(block => Block(block, width, style));

    private static double Block(Block block, double width, DocumentStyle style) => block switch
    {
        Heading heading => Lines(heading.Content, width, style.HeadingSize(heading.Level)) * LineEms * style.HeadingSize(heading.Level)
            + (2 * style.HeadingSize(heading.Level)),
        Paragraph { Style: ParagraphStyle.Note } note => Text(note.Content, width, style.SmallSize) + 6,
        Paragraph paragraph => Text(paragraph.Content, width, style.BodySize) + 8,
        ListBlock list => list.Items.Sum(item => Text(item.Content, width - 36, style.BodySize) + 4) + 4,
        Table table => Table(table, width, style) + 8,
        Chart chart => chart.Size.Height + 8,
        _ => 0,
    };

    private static double Table(Table table, double width, DocumentStyle style)
    {
        var total = table.Columns.Sum(c => Math.Max(0, c.Width));
        double Row(TableRow row)
        {
            var column = 0;
            var tallest = 0.0;
            foreach (var cell in row.Cells)
            {
                var span = Math.Max(1, cell.ColumnSpan);
                var share = total > 0 ? table.Columns.Skip(column).Take(span).Sum(c => Math.Max(0, c.Width)) / total : 1.0 / Math.Max(1, table.Columns.Count);
                column += span;
                var cellWidth = Math.Max(12, (share * width) - 8.5);
                var lines = cell.Content.Sum(b => b switch
                {
                    Paragraph p => Lines(p.Content, cellWidth, style.SmallSize),
                    ListBlock l => l.Items.Sum(i => Lines(i.Content, cellWidth - 14, style.SmallSize)),
                    _ => 1,
                });
                tallest = Math.Max(tallest, (Math.Max(1, lines) * LineEms * style.SmallSize) + 4);
            }

            return tallest;
        }

        return table.HeaderRows.Concat(table.BodyRows).Sum(Row);
    }

    private static double Text(IReadOnlyList<Inline> content, double width, double size) =>
        Lines(content, width, size) * LineEms * size;

    // Lines of text: each run between line breaks fills lines of the width, at least one.
    private static int Lines(IReadOnlyList<Inline> content, double width, double size)
    {
        var perLine = Math.Max(1, (int)(width / (CharacterEms * size)));
        var lines = 0;
        var characters = 0;
        foreach (var inline in content)
        {
            if (inline is LineBreak)
            {
                lines += Math.Max(1, (int)Math.Ceiling(characters / (double)perLine));
                characters = 0;
                continue;
            }

            characters += inline switch
            {
                TextRun run => run.Text.Length,
                Hyperlink link => link.Text.Length,
                AnchorLink link => link.Text.Length,
                PageReference => 3,
                _ => 0,
            };
        }

        return lines + Math.Max(1, (int)Math.Ceiling(characters / (double)perLine));
    }
}
