using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Writes a columns block as a layout table: one row with no borders (nil, whatever the default table style) across the text width, a cell per column holding the
/// column's blocks (headings, paragraphs, lists, tables, charts) set to the cell's width and spaced as the model's
/// <see cref="BlockSpacing"/> says, with no keeps inside (<see cref="LayoutCellSpacing"/>). Screen readers and Word's
/// reading order go cell by cell, so column by column. The row does not split across pages, so the columns stay on
/// one page, unless the block looks taller than a page (see <see cref="ColumnsHeight"/>): then the row may split
/// rather than have Word cut off what does not fit.
/// </summary>
internal static class ColumnsWriter
{
    /// <summary>
    /// The space between two columns: 0.6 cm (17 pt), in twips. Word's own, not yet the model's
    /// <see cref="BlockSpacing.ColumnGap"/> (1.6 em of body text: 17.6 pt at 11 pt, 14.4 pt at 9 pt), which would
    /// change the gaps, and so the column widths, of every existing Word pack.
    /// </summary>
    public const int Gap = 340;

    public static void Write(WordXml xml, Columns columns, DocxContext context)
    {
        var outer = context.TextWidth;
        var widths = ColumnWidths.Distribute([.. columns.Items.Select(c => c.Width)], outer - (Gap * (columns.Items.Count - 1)));
        // Each cell but the last carries the gap as its right margin, so its text is as wide as its share.
        var cells = widths.Select((w, i) => i < widths.Length - 1 ? w + Gap : w).ToArray();
        xml.Start("tbl");
        xml.Element(Properties(outer));
        xml.Element(new W.TableGrid(cells.Select(w => new W.GridColumn { Width = Units.Text(w) })));
        xml.Start("tr");
        if (ColumnsHeight.FitsOnPage(columns, widths, context))
        {
            xml.Start("trPr");
            xml.Empty("cantSplit");
            xml.End();
        }

        // A page break asked for above the block goes to its first paragraph: that of the first block written, or
        // when no column writes anything, the first cell's own.
        var breakInFirstCell = !columns.Items.Any(c => c.Blocks.Any(BodyWriter.Writes));
        try
        {
            for (var i = 0; i < columns.Items.Count; i++)
            {
                context.TextWidth = widths[i];
                Cell(xml, columns.Items[i], cells[i], i < widths.Length - 1 ? Gap : 0, i == 0 && breakInFirstCell, context);
            }
        }
        finally
        {
            context.TextWidth = outer;
        }

        xml.End(); // the row
        xml.End(); // the table
    }

    private static W.TableProperties Properties(int width) => new()
    {
        TableWidth = new W.TableWidth { Width = Units.Text(width), Type = W.TableWidthUnitValues.Dxa },
        TableBorders = new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.Nil },
            new W.LeftBorder { Val = W.BorderValues.Nil },
            new W.BottomBorder { Val = W.BorderValues.Nil },
            new W.RightBorder { Val = W.BorderValues.Nil },
            new W.InsideHorizontalBorder { Val = W.BorderValues.Nil },
            new W.InsideVerticalBorder { Val = W.BorderValues.Nil }),
        TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
        TableCellMarginDefault = new W.TableCellMarginDefault(
            new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
            new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
            new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa }),
        TableLook = new W.TableLook
        {
            Val = "0600",
            FirstRow = OnOffValue.FromBoolean(false),
            LastRow = OnOffValue.FromBoolean(false),
            FirstColumn = OnOffValue.FromBoolean(false),
            LastColumn = OnOffValue.FromBoolean(false),
            NoHorizontalBand = OnOffValue.FromBoolean(true),
            NoVerticalBand = OnOffValue.FromBoolean(true),
        },
    };

    private static void Cell(WordXml xml, LayoutColumn column, int width, int rightMargin, bool takesPageBreak, DocxContext context)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth { Width = Units.Text(width), Type = W.TableWidthUnitValues.Dxa });
        if (rightMargin > 0)
        {
            properties.Append(new W.TableCellMargin(new W.RightMargin { Width = Units.Text(rightMargin), Type = W.TableWidthUnitValues.Dxa }));
        }

        xml.Start("tc");
        xml.Element(properties);
        var blocks = column.Blocks;
        for (var b = 0; b < blocks.Count; b++)
        {
            BodyWriter.Block(xml, blocks[b], LayoutCellSpacing.Place(blocks, b, context.Style, context.Document.Layout.Spacing), context);
        }

        // A cell ends with a paragraph; after a table it is the table's small spacer already.
        if (!blocks.Any(BodyWriter.Writes))
        {
            var look = LayoutCellSpacing.NoKeeps with { PageBreakBefore = takesPageBreak && context.TakePageBreak() };
            Placement.Paragraph(xml, look, default);
        }

        xml.End();
    }
}
