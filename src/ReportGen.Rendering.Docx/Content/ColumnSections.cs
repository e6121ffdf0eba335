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

    /// <summary>The body elements of <paramref name="columns"/>, column by column, ending with a paragraph (to carry the section's properties).</summary>
    public static List<OpenXmlElement> Write(Columns columns, IReadOnlyList<int> widths, DocxContext context)
    {
        var outer = context.TextWidth;
        var elements = new List<OpenXmlElement>();
        try
        {
            for (var i = 0; i < columns.Items.Count; i++)
            {
                context.TextWidth = widths[i];
                var blocks = columns.Items[i].Blocks;
                var written = blocks.Select(block => BodyWriter.Block(block, context)).ToList();
                LayoutCellSpacing.Compact(blocks, written, context.Style, context.Document.Layout.Spacing);
                var column = written.SelectMany(e => e).ToList();
                if (i > 0)
                {
                    BreakBefore(column);
                }

                elements.AddRange(column);
            }
        }
        finally
        {
            context.TextWidth = outer;
        }

        if (elements.Count == 0 || elements[^1] is not W.Paragraph)
        {
            elements.Add(new W.Paragraph());
        }

        if (elements.Count >= 2 && elements[^2] is W.Table)
        {
            // The paragraph after the last table will carry the section's properties. Empty, LibreOffice drops it and
            // sets the table below the columns, across the page; a space keeps it (and the table in its column).
            elements[^1].Append(new W.Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        }

        LayoutCellSpacing.DropKeeps(elements);
        return elements;
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

    /// <summary>
    /// Starts <paramref name="column"/> in the next column: a column break as the first run of its first paragraph, so
    /// no empty line opens the column; before a table (or nothing), a paragraph of its own as small as Word allows.
    /// </summary>
    private static void BreakBefore(List<OpenXmlElement> column)
    {
        var run = new W.Run(new W.Break { Type = W.BreakValues.Column });
        if (column.FirstOrDefault() is W.Paragraph first)
        {
            if (first.ParagraphProperties is { } properties)
            {
                properties.InsertAfterSelf(run);
            }
            else
            {
                first.PrependChild(run);
            }

            return;
        }

        column.Insert(0, new W.Paragraph(
            new W.ParagraphProperties(
                new W.SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = W.LineSpacingRuleValues.Exact },
                new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" }, new W.FontSizeComplexScript { Val = "2" })),
            run));
    }
}
