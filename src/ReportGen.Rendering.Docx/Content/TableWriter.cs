using DocumentFormat.OpenXml;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Writes a table across the text width: a fixed grid from the relative column widths, header rows repeated on
/// every page, no row split across pages, and the caption as the table's alternative text (title and description).
/// Word has no row headers, so a form (labels and values) gets a header row naming its two columns, marked to repeat,
/// which is what keeps its meaning for a screen reader and Word's accessibility checker.
/// </summary>
internal static class TableWriter
{
    /// <summary>
    /// Writes <paramref name="table"/>. Kept together, every row's paragraphs but the last row's keep with the next,
    /// which is how Word keeps a table on one page; in a column (<paramref name="inColumns"/>) nothing keeps.
    /// </summary>
    public static void Write(WordXml xml, Table table, bool inColumns, DocxContext context)
    {
        var widths = ColumnWidths.Distribute([.. table.Columns.Select(c => c.Width)], context.TextWidth);
        xml.Start("tbl");
        xml.Element(Properties(table, context));
        xml.Element(Grid(widths));
        var headerRows = HeaderRows(table).ToList();
        var rows = headerRows.Count + table.BodyRows.Count;
        for (var r = 0; r < rows; r++)
        {
            var (row, kind) = r < headerRows.Count
                ? (headerRows[r], RowKind.Header)
                : (table.BodyRows[r - headerRows.Count], table.BodyRows[r - headerRows.Count].IsGroupHeading ? RowKind.GroupHeading : RowKind.Body);
            var keeps = inColumns ? Keeps.Off : table.KeepTogether && r < rows - 1 ? Keeps.All : Keeps.AsLooks;
            Row(xml, row, kind, table.Columns, widths, keeps, context);
        }

        xml.End();
    }

    private static IEnumerable<TableRow> HeaderRows(Table table) =>
        table is { Kind: TableKind.Form, HeaderRows.Count: 0, FormHeadings: { Count: > 0 } names }
            ? [new TableRow([.. names.Take(table.Columns.Count).Select(name => TableCell.Of(name) with { IsHeader = true })])]
            : table.HeaderRows;

    private static bool HasHeaderRow(Table table) => HeaderRows(table).Any();

    private static W.TableProperties Properties(Table table, DocxContext context) => new()
    {
        TableStyle = new W.TableStyle { Val = StyleIds.TableGrid },
        TableWidth = new W.TableWidth { Width = Units.Text(context.TextWidth), Type = W.TableWidthUnitValues.Dxa },
        TableBorders = TableStyles.Borders(context.Style.RuleColor),
        TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
        TableCellMarginDefault = TableStyles.CellMargins(),
        TableLook = new W.TableLook
        {
            Val = LookFlags(table),
            FirstRow = OnOffValue.FromBoolean(HasHeaderRow(table)),
            LastRow = OnOffValue.FromBoolean(false),
            FirstColumn = OnOffValue.FromBoolean(table.Kind == TableKind.Form),
            LastColumn = OnOffValue.FromBoolean(false),
            NoHorizontalBand = OnOffValue.FromBoolean(true),
            NoVerticalBand = OnOffValue.FromBoolean(true),
        },
        TableCaption = new W.TableCaption { Val = table.Caption },
        TableDescription = new W.TableDescription { Val = table.Caption },
    };

    // Word's legacy bitmask of the same flags: 0x20 first row, 0x80 first column, 0x200 and 0x400 no banding.
    private static string LookFlags(Table table)
    {
        var flags = 0x600 | (HasHeaderRow(table) ? 0x20 : 0) | (table.Kind == TableKind.Form ? 0x80 : 0);
        return flags.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static W.TableGrid Grid(int[] widths) =>
        new(widths.Select(w => new W.GridColumn { Width = Units.Text(w) }));

    private static void Row(WordXml xml, TableRow row, RowKind kind, IReadOnlyList<TableColumn> columns, int[] widths, Keeps keeps, DocxContext context)
    {
        xml.Start("tr");
        xml.Start("trPr");
        xml.Empty("cantSplit");
        if (kind == RowKind.Header)
        {
            xml.Empty("tblHeader");
        }

        xml.End();
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var span = Math.Max(1, cell.ColumnSpan);
            if (column + span > widths.Length)
            {
                throw new ArgumentException(
                    $"A row's cells span {column + span} columns but the table has {widths.Length}.", nameof(row));
            }

            var width = 0;
            for (var c = column; c < column + span; c++)
            {
                width += widths[c];
            }

            var alignment = cell.Alignment ?? columns[column].Alignment;
            TableCellWriter.Write(xml, cell, width, alignment, CellLook.For(cell, kind, context.Style), keeps, context);
            column += span;
        }

        xml.End();
    }
}
