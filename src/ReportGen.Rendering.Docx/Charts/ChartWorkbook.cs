using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Docx.Packaging;

namespace ReportGen.Rendering.Docx.Charts;

/// <summary>
/// The worksheet embedded in a Word chart, so "Edit Data" opens the chart's figures: categories in column A, each
/// series' name in row 1 and its values below, gaps left empty. Written with a fixed zip layout, so the same chart
/// gives the same bytes.
/// </summary>
internal static class ChartWorkbook
{
    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>The .xlsx bytes of <paramref name="table"/>.</summary>
    public static byte[] Write(ChartColumns table)
    {
        using var package = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(package, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = workbook.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
            var sheet = book.AddNewPart<WorksheetPart>("rId1");
            // Counted ids, as in the document itself: the SDK's defaults are random.
            sheet.Worksheet = new Worksheet(new SheetData(Rows(table)));
            book.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = "rId1" }));
        }

        using var output = new MemoryStream();
        DeterministicZip.Rewrite(package, output);
        return output.ToArray();
    }

    private static IEnumerable<Row> Rows(ChartColumns table)
    {
        var header = new Row { RowIndex = 1 };
        header.Append(table.Columns.Select((c, i) => Text(ChartColumns.Letter(i) + "1", c.Name)));
        yield return header;
        for (var r = 0; r < table.Categories.Count; r++)
        {
            var number = (uint)(r + 2);
            var row = new Row { RowIndex = number };
            row.Append(Text("A" + Row(number), table.Categories[r]));
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Columns[c].Values[r] is { } value)
                {
                    row.Append(new Cell(new CellValue(SeriesWriter.Number(value))) { CellReference = ChartColumns.Letter(c) + Row(number) });
                }
            }

            yield return row;
        }
    }

    private static Cell Text(string reference, string text) =>
        new(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString };

    private static string Row(uint number) => number.ToString(CultureInfo.InvariantCulture);
}
