using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Writes a columns block as Word's own (newspaper) columns: the blocks of each column one after the other in the
/// body, set to the column's width and spaced as in a layout cell (<see cref="LayoutCellSpacing"/>), each column after
/// the first starting with a column break; <see cref="BodyWriter"/> closes them in a section of as many columns, as wide
/// as the model says. Every table stays a table of the body, so Word repeats its header row and a screen reader meets
/// no nested table; the reading order is column by column, as in the PDF. Only a block that looks short enough for a
/// page is written so (<see cref="ColumnsHeight"/>), as a column that ran past the page's foot would run on into the next
/// column; a taller one stays a layout table (<see cref="ColumnsWriter"/>), whose row may split.
/// </summary>
internal static class ColumnSections
{
    /// <summary>The width of each column of <paramref name="columns"/> in twips, <see cref="ColumnsWriter.Gap"/> apart across <paramref name="textWidth"/>.</summary>
    public static int[] Widths(Columns columns, int textWidth) =>
        ColumnWidths.Distribute([.. columns.Items.Select(c => c.Width)], textWidth - (ColumnsWriter.Gap * (columns.Items.Count - 1)));

    /// <summary>The estimated height in points of the tallest column of <paramref name="columns"/> set <paramref name="widths"/> twips wide.</summary>
    public static double Height(Columns columns, IReadOnlyList<int> widths, DocxContext context) =>
        columns.Items.Select((column, i) => ColumnsHeight.Column(column.Blocks, widths[i] / 20.0, context.Style, context.Document.Layout.Spacing)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Writes <paramref name="columns"/>, column by column; its last paragraph ends the Word section (<paramref name="end"/>).
    /// After a table, that paragraph (the table's spacer) holds a space: empty, LibreOffice drops it and sets the table
    /// below the columns, across the page.
    /// </summary>
    public static void Write(WordXml xml, Columns columns, IReadOnlyList<int> widths, PartEnd end, DocxContext context)
    {
        var outer = context.TextWidth;
        var last = columns.Items.Count - 1;
        var lastBlock = last >= 0 ? LastWritten(columns.Items[last].Blocks) : -1;
        try
        {
            for (var i = 0; i < columns.Items.Count; i++)
            {
                context.TextWidth = widths[i];
                var blocks = columns.Items[i].Blocks;
                var first = FirstWritten(blocks);
                // A column after the first opens with a column break: in its first paragraph, or before a table (or
                // nothing) in a paragraph of its own, as small as Word allows.
                var breakParagraph = i > 0 && (first < 0 || blocks[first] is Table or Columns);
                if (breakParagraph)
                {
                    var look = LayoutCellSpacing.NoKeeps with { Spacing = new Spacing("0", "0", "20"), SmallMark = true };
                    var ends = i == last && lastBlock < 0;
                    xml.Start("p");
                    (ends ? look with { Section = end.Section } : look).Write(xml);
                    Placement.ColumnBreakRun(xml);
                    new Placement { End = ends ? end : default }.Close(xml, last: true);
                }

                for (var b = 0; b < blocks.Count; b++)
                {
                    var ends = i == last && b == lastBlock;
                    var place = LayoutCellSpacing.Place(blocks, b, context.Style, context.Document.Layout.Spacing) with
                    {
                        ColumnBreak = i > 0 && b == first && !breakParagraph,
                        TrailingSpace = ends && blocks[b] is Table or Columns,
                        End = ends ? end : default,
                    };
                    BodyWriter.Block(xml, blocks[b], place, context);
                }
            }
        }
        finally
        {
            context.TextWidth = outer;
        }

        if (last < 0 || (last == 0 && lastBlock < 0))
        {
            Placement.Paragraph(xml, LayoutCellSpacing.NoKeeps, end);
        }
    }

    private static int FirstWritten(IReadOnlyList<Block> blocks)
    {
        for (var b = 0; b < blocks.Count; b++)
        {
            if (BodyWriter.Writes(blocks[b]))
            {
                return b;
            }
        }

        return -1;
    }

    private static int LastWritten(IReadOnlyList<Block> blocks)
    {
        for (var b = blocks.Count - 1; b >= 0; b--)
        {
            if (BodyWriter.Writes(blocks[b]))
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>The section's columns: as many as the block has, each its own width, the gap between them.</summary>
    public static W.Columns Properties(IReadOnlyList<int> widths)
    {
        var properties = new W.Columns
        {
            ColumnCount = (Int16Value)(short)widths.Count,
            Space = Units.Text(ColumnsWriter.Gap),
            EqualWidth = false,
        };
        for (var i = 0; i < widths.Count; i++)
        {
            properties.Append(new W.Column { Width = Units.Text(widths[i]), Space = i + 1 < widths.Count ? Units.Text(ColumnsWriter.Gap) : "0" });
        }

        return properties;
    }
}
