using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Rendering.Xlsx.Cells;
using ReportGen.Rendering.Xlsx.Layout;
using DocumentStyle = ReportGen.Documents.Model.DocumentStyle;

namespace ReportGen.Rendering.Xlsx.Packaging;

/// <summary>
/// Writes one <see cref="SheetPlan"/>: its lines in column A, then its table (header row, data rows, no blank row or
/// column inside) marked as an Excel table by a table part over exactly its cells, with links for the contents.
/// Numbers are numbers with their format; text is a shared string, never a formula.
/// </summary>
/// <param name="strings">The workbook's shared strings.</param>
/// <param name="styles">The workbook's cell formats.</param>
/// <param name="style">The document's type sizes, for row heights.</param>
internal sealed class WorksheetWriter(SharedStrings strings, StyleTable styles, DocumentStyle style)
{
    /// <summary>The width of column A on a sheet without a table, in characters.</summary>
    private const double TextColumnWidth = 100;

    public Worksheet Write(WorksheetPart part, SheetPlan plan, uint tableId, bool selected)
    {
        var data = new SheetData();
        var links = new List<Hyperlink>();
        uint row = 1;
        foreach (var line in plan.Lines)
        {
            data.Append(new Row(Cell(line, 1, row, links)) { RowIndex = row, Height = RowHeights.Line(line, style) });
            row++;
        }

        var worksheet = new Worksheet();
        worksheet.Append(new SheetViews(new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null }));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        if (plan.Table is { } table)
        {
            var widths = ColumnWidths(table.Data);
            worksheet.Append(new Columns(widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
            var top = row;
            var header = new Row { RowIndex = row, Height = RowHeights.Of([.. table.Data.ColumnNames.Select(n => (SheetCell?)new TextCell(n, TextLook.Header))], widths, style) };
            for (var c = 0; c < table.Data.ColumnNames.Count; c++)
            {
                header.Append(Cell(new TextCell(table.Data.ColumnNames[c], TextLook.Header), c + 1, row, links));
            }

            data.Append(header);
            foreach (var cells in table.Data.Rows)
            {
                row++;
                var line = new Row { RowIndex = row, Height = RowHeights.Of(cells, widths, style) };
                for (var c = 0; c < cells.Count; c++)
                {
                    if (cells[c] is { } cell)
                    {
                        line.Append(Cell(cell, c + 1, row, links));
                    }
                }

                data.Append(line);
            }

            var reference = $"A{top}:{Column(table.Data.ColumnNames.Count)}{row}";
            var tablePart = part.AddNewPart<TableDefinitionPart>("rId1");
            tablePart.Table = Definition(table, tableId, reference);
            worksheet.Append(data);
            AppendLinks(worksheet, links);
            worksheet.Append(new TableParts(new TablePart { Id = "rId1" }) { Count = 1 });
        }
        else
        {
            worksheet.Append(new Columns(new Column { Min = 1, Max = 1, Width = TextColumnWidth, CustomWidth = true }));
            worksheet.Append(data);
            AppendLinks(worksheet, links);
        }

        return worksheet;
    }

    /// <summary>The letters of a 1-based column number: 1 is A, 27 is AA.</summary>
    public static string Column(int number)
    {
        var letters = string.Empty;
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static void AppendLinks(Worksheet worksheet, List<Hyperlink> links)
    {
        if (links.Count > 0)
        {
            worksheet.Append(new Hyperlinks(links));
        }
    }

    private static List<double> ColumnWidths(TidyTable table)
    {
        var total = table.Widths.Sum();
        return [.. table.Widths.Select(w => StyleTable.ColumnWidth(w, total, table.Widths.Count))];
    }

    private static Table Definition(SheetTable table, uint id, string reference)
    {
        var columns = new TableColumns(table.Data.ColumnNames.Select((name, i) => new TableColumn { Id = (uint)(i + 1), Name = name }))
        {
            Count = (uint)table.Data.ColumnNames.Count,
        };
        return new Table(
            new AutoFilter { Reference = reference },
            columns,
            new TableStyleInfo { Name = "TableStyleLight1", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = id,
            Name = table.Name,
            DisplayName = table.Name,
            Reference = reference,
            TotalsRowShown = false,
        };
    }

    private Cell Cell(SheetCell content, int column, uint row, List<Hyperlink> links)
    {
        var reference = Column(column) + row.ToString(CultureInfo.InvariantCulture);
        switch (content)
        {
            case NumberCell number:
                return new Cell
                {
                    CellReference = reference,
                    StyleIndex = styles.Number(number.Format),
                    CellValue = new CellValue(FigureParser.Invariantly(number.Value)),
                };
            case SheetLinkCell link:
                links.Add(new Hyperlink { Reference = reference, Location = $"'{link.Sheet}'!A1", Display = link.Text });
                return Text(reference, link.Text, StyleTable.Link);
            case TextCell text:
                return Text(reference, text.Text, StyleTable.Text(text.Look, text.Text));
            default:
                throw new ArgumentOutOfRangeException(nameof(content), content, "not a kind of cell");
        }
    }

    private Cell Text(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        StyleIndex = style,
        CellValue = new CellValue(strings.Of(text).ToString(CultureInfo.InvariantCulture)),
    };
}
