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
    public static W.Table Write(Table table, DocxContext context)
    {
        var widths = ColumnWidths.Distribute([.. table.Columns.Select(c => c.Width)], context.TextWidth);
        var result = new W.Table(Properties(table, context), Grid(widths));
        foreach (var row in HeaderRows(table))
        {
            result.Append(Row(row, RowKind.Header, table.Columns, widths, context));
        }

        foreach (var row in table.BodyRows)
        {
            result.Append(Row(row, row.IsGroupHeading ? RowKind.GroupHeading : RowKind.Body, table.Columns, widths, context));
        }

        if (table.KeepTogether)
        {
            // Word keeps a table on one page when every row's paragraphs but the last row's keep with the next.
            foreach (var row in result.Elements<W.TableRow>().SkipLast(1))
            {
                foreach (var paragraph in row.Descendants<W.Paragraph>())
                {
                    ParagraphWriter.Properties(paragraph).KeepNext = new W.KeepNext();
                }
            }
        }

        return result;
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

    private static W.TableRow Row(TableRow row, RowKind kind, IReadOnlyList<TableColumn> columns, int[] widths, DocxContext context)
    {
        var rowProperties = new W.TableRowProperties(new W.CantSplit());
        if (kind == RowKind.Header)
        {
            rowProperties.Append(new W.TableHeader());
        }

        var result = new W.TableRow(rowProperties);
        var column = 0;
        foreach (var cell in row.Cells)
        {
            var span = Math.Max(1, cell.ColumnSpan);
            if (column + span > widths.Length)
            {
                throw new ArgumentException(
                    $"A row's cells span {column + span} columns but the table has {widths.Length}.", nameof(row));
            }

            var width = widths.Skip(column).Take(span).Sum();
            var alignment = cell.Alignment ?? columns[column].Alignment;
            result.Append(TableCellWriter.Write(cell, width, alignment, CellLook.For(cell, kind, context.Style), context));
            column += span;
        }

        return result;
    }
}
