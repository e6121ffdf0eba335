using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Documents.Model;
using TableColumn = DocumentFormat.OpenXml.Spreadsheet.TableColumn;

namespace ReportGen.Rendering.Xlsx.Tests.Fixtures;

/// <summary>A rendered workbook read back with the Open XML SDK: its sheets, cells, their values and number formats.</summary>
internal sealed class RenderedWorkbook : IDisposable
{
    private readonly MemoryStream _stream;

    private RenderedWorkbook(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Package = SpreadsheetDocument.Open(_stream, isEditable: false);
    }

    public byte[] Bytes { get; }

    public SpreadsheetDocument Package { get; }

    public WorkbookPart Part => Package.WorkbookPart!;

    /// <summary>The sheets' names, in the workbook's order.</summary>
    public IReadOnlyList<string> SheetNames => [.. Part.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public static RenderedWorkbook Of(ReportDocument document)
    {
        using var output = new MemoryStream();
        new XlsxRenderer().Render(document, output);
        return new RenderedWorkbook(output.ToArray());
    }

    public static RenderedWorkbook Of(byte[] bytes) => new(bytes);

    public WorksheetPart Sheet(string name) =>
        (WorksheetPart)Part.GetPartById(Part.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);

    public IEnumerable<WorksheetPart> TableSheets => SheetNames.Where(n => n.StartsWith("Table_", StringComparison.Ordinal)).Select(Sheet);

    public Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Worksheet!.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    /// <summary>The text a cell holds (a shared string resolved), or its number as written.</summary>
    public string? Text(Cell? cell)
    {
        if (cell?.CellValue is null)
        {
            return null;
        }

        return cell.DataType?.Value == CellValues.SharedString
            ? Part.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText
            : cell.CellValue.Text;
    }

    public string? Text(string sheet, string reference) => Text(Cell(sheet, reference));

    /// <summary>The rows of a sheet, each as its cells' texts by column letter.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Rows(string sheet) =>
        [.. Sheet(sheet).Worksheet!.Descendants<Row>().Select(r => (IReadOnlyDictionary<string, string?>)r.Elements<Cell>()
            .ToDictionary(c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]), Text))];

    /// <summary>The number format code of a cell (a custom one), or null for General.</summary>
    public string? FormatCode(Cell cell)
    {
        var styles = Part.WorkbookStylesPart!.Stylesheet!;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().SingleOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    public CellFormat Style(Cell cell) =>
        Part.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>The cell under the header <paramref name="column"/> in the data row whose first cells include <paramref name="rowKey"/>.</summary>
    public Cell CellAt(string sheet, string rowKey, string column)
    {
        var worksheet = Sheet(sheet);
        var table = worksheet.TableDefinitionParts.Single().Table!;
        var names = table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value).ToList();
        var index = names.IndexOf(column);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"{sheet} has no column {column}: {string.Join(", ", names)}");
        var letter = ((char)('A' + index)).ToString();
        var row = worksheet.Worksheet!.Descendants<Row>().First(r => r.Elements<Cell>().Any(c => Text(c) == rowKey));
        return row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith(letter, StringComparison.Ordinal) && char.IsDigit(c.CellReference.Value[letter.Length]));
    }

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
