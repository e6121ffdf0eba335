using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// A rough, generous estimate of how tall a columns block will be in Word, which lays pages out only when the file is
/// opened. A layout row that may not split and is taller than a page is cut off at the page's foot, so the row is
/// kept whole only when its tallest column is estimated to fit on a page; otherwise it may split and nothing is lost.
/// The estimate errs tall (wide characters, Word's paragraph spacing), so a block that fits in the PDF with a little
/// room to spare may still split in Word rather than risk losing a line. Blocks are spaced as the model's
/// <see cref="BlockSpacing"/> says.
/// </summary>
internal static class ColumnsHeight
{
    /// <summary>The average width of a character, in ems: generous for Arial's mixed text.</summary>
    private const double CharacterEms = 0.5;

    /// <summary>Line height in ems: Word's single spacing for Arial with the Normal style's 1.1 lines.</summary>
    private const double LineEms = 1.27;

    /// <summary>A table row's height beyond its lines: 4 pt of cell padding, Table Text's 3 pt after and the rule come to 8 pt, less 2 pt for Table Text's lines being tighter (1.05) than <see cref="LineEms"/> allows.</summary>
    private const double RowExtra = 6;

    /// <summary>
    /// The share of the page's text height a column may be estimated to fill and still be kept whole. The estimate,
    /// spaced as the cell's blocks are (<see cref="BlockSpacing"/>, <see cref="LayoutCellSpacing"/>), came within 3% of MOPAC's columns as
    /// LibreOffice sets them, either side; a row kept whole that does not fit moves to the next page and strands the
    /// heading above it, and one that may split when it would have fitted merely runs on, so the estimate is given
    /// that 3% more room to fill. Headings just above the block (kept with it) take their share of the page first.
    /// </summary>
    public const double Headroom = 0.97;

    /// <summary>Whether every column of <paramref name="columns"/>, set <paramref name="widths"/> twips wide, looks short enough for a page.</summary>
    public static bool FitsOnPage(Columns columns, IReadOnlyList<int> widths, DocxContext context)
    {
        var page = (Headroom * context.TextHeight / 20.0) - context.KeptAbove;
        return columns.Items.Select((column, i) => Column(column.Blocks, widths[i] / 20.0, context.Style, context.Document.Layout.Spacing)).All(height => height <= page);
    }

    /// <summary>
    /// The estimated height in points of <paramref name="blocks"/> set <paramref name="width"/> points wide, with the
    /// spaces between them (<paramref name="spacing"/>).
    /// </summary>
    public static double Column(IReadOnlyList<Block> blocks, double width, DocumentStyle style, BlockSpacing spacing) =>
        blocks.Select((block, i) => Block(block, width, style, spacing) + (i + 1 < blocks.Count ? spacing.Between(block, blocks[i + 1], style) : 0)).Sum();

    /// <summary>The estimated height in points of <paramref name="block"/> alone, without the space around it.</summary>
    public static double Block(Block block, double width, DocumentStyle style, BlockSpacing spacing) => block switch
    {
        Heading heading => Lines(heading.Content, width, style.HeadingSize(heading.Level)) * LineEms * style.HeadingSize(heading.Level),
        Paragraph { Style: ParagraphStyle.Note } note => Text(note.Content, width, style.SmallSize),
        Paragraph paragraph => Text(paragraph.Content, width, style.BodySize),
        ListBlock list => list.Items.Sum(item => Text(item.Content, width - 36, style.BodySize) + spacing.BetweenListItems(style)),
        Table table => Table(table, width, style),
        Chart chart => chart.Size.Height,
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
                tallest = Math.Max(tallest, (Math.Max(1, lines) * LineEms * style.SmallSize) + RowExtra);
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
