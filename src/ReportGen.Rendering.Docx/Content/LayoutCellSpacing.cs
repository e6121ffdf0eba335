using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Makes the blocks in a columns block's layout cell as compact as the model's <see cref="BlockSpacing"/> says: the
/// space between two blocks (the larger of the first's space after and the second's space before, in ems of the
/// theme's sizes) is set as direct formatting on the first block's last paragraph (a table's spacer), nothing above a
/// cell's first block or below its last; and no paragraph in the cell keeps with the next or keeps its lines
/// together. The layout row is kept whole by itself when it fits a page (<see cref="ColumnsWriter"/>); keeps inside
/// it only make LibreOffice and Word move the whole row, stranding the heading above it.
/// </summary>
internal static class LayoutCellSpacing
{
    /// <summary>Spaces the cell's blocks, written as <paramref name="written"/> (one list of elements per block).</summary>
    public static void Compact(IReadOnlyList<Block> blocks, IReadOnlyList<List<OpenXmlElement>> written, DocumentStyle style, BlockSpacing spacing)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var gap = i + 1 < blocks.Count ? spacing.Between(blocks[i], blocks[i + 1], style) : 0;
            var paragraphs = written[i].OfType<W.Paragraph>().ToList();
            foreach (var paragraph in paragraphs)
            {
                var between = blocks[i] is ListBlock ? spacing.BetweenListItems(style) : 0;
                Space(paragraph, paragraph == paragraphs[^1] ? gap : between, blocks[i]);
            }
        }
    }

    /// <summary>Turns off keep-with-next and keep-lines-together on every paragraph in <paramref name="cell"/>, nested tables' too.</summary>
    public static void DropKeeps(W.TableCell cell) => DropKeeps([cell]);

    /// <summary>Turns off keep-with-next and keep-lines-together on every paragraph of <paramref name="elements"/>, their tables' too.</summary>
    public static void DropKeeps(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var paragraph in elements.SelectMany(e => e is W.Paragraph p ? [p] : e.Descendants<W.Paragraph>()))
        {
            var properties = ParagraphWriter.Properties(paragraph);
            // Off explicitly: heading styles keep with the next paragraph.
            properties.KeepNext = new W.KeepNext { Val = false };
            properties.KeepLines = new W.KeepLines { Val = false };
        }
    }

    private static void Space(W.Paragraph paragraph, double after, Block block)
    {
        var properties = ParagraphWriter.Properties(paragraph);
        if (block is Table or Columns)
        {
            // The table's spacer paragraph: exactly as tall as the gap, at least a point (Word's least).
            properties.SpacingBetweenLines = new W.SpacingBetweenLines
            {
                Before = "0",
                After = "0",
                Line = Units.Twips(Math.Max(1, after)),
                LineRule = W.LineSpacingRuleValues.Exact,
            };
            properties.ParagraphMarkRunProperties ??= new W.ParagraphMarkRunProperties(
                new W.FontSize { Val = "2" }, new W.FontSizeComplexScript { Val = "2" });
            return;
        }

        var spacing = properties.SpacingBetweenLines ??= new W.SpacingBetweenLines();
        spacing.Before = "0";
        spacing.After = Units.Twips(after);
    }
}
