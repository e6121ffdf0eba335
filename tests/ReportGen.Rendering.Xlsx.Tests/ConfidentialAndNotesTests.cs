using System.IO.Compression;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Tests.Fixtures;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>
/// <c>[c]</c> is written where the document shows it, with its note on the notes sheet and a reference above the table;
/// notes printed under tables are numbered and listed once with the tables that refer to them.
/// </summary>
public sealed class ConfidentialAndNotesTests
{
    private RenderedWorkbook _workbook = null!;

    [OneTimeSetUp]
    public void Render() => _workbook = RenderedWorkbook.Of(TablesReport.Create());

    [OneTimeTearDown]
    public void Dispose() => _workbook.Dispose();

    [Test]
    public void Suppressed_cells_are_c_as_text()
    {
        Assert.That(new[] { "Q3 2016/17", "YTD 2016/17", "RAG" }.Select(c => _workbook.Text(_workbook.CellAt("Table_2", "HOM", c))), Has.All.EqualTo("[c]"));
    }

    [Test]
    public void The_notes_sheet_lists_c_first_then_the_numbered_notes_with_the_tables_that_refer_to_them()
    {
        var rows = _workbook.Rows("Notes");
        Assert.That(rows[2].Values, Is.EqualTo(new[] { "Note number", "Note text", "Tables" }));
        Assert.That(rows.Skip(3).Select(r => (r["A"], r["B"], r["C"])), Is.EqualTo(new[]
        {
            ("[c]", TablesReport.Confidential, "Table_2"),
            ("[note 1]", TablesReport.Source, "Table_2, Table_3"),
        }));
    }

    [Test]
    public void A_table_that_refers_to_notes_says_so_above_it()
    {
        Assert.That(_workbook.Text("Table_2", "A3"), Is.EqualTo("This table refers to [c], [note 1], on the Notes sheet."));
        Assert.That(_workbook.Text("Table_3", "A3"), Is.EqualTo("This table refers to [note 1], on the Notes sheet."));
        Assert.That(_workbook.Text("Table_1", "A3"), Is.EqualTo("Detail"), "a table without notes starts on the third row");
    }

    [Test]
    public void A_figure_the_document_does_not_show_is_nowhere_in_the_package()
    {
        // The renderer writes only what the document shows: a suppressed figure never reaches it, so no part (hidden
        // sheet, cached value, comment) of the workbook can hold it. The marker proves the scan reads every part.
        var shown = TablesReport.Create(extraRows: [new TableRow([TableCell.Of("X1"), TableCell.Of("Shown marker 98765"), TableCell.Of("[c]"), TableCell.Of("[c]"), TableCell.Of("[c]") with { ColumnSpan = 2 }])]);
        using var workbook = RenderedWorkbook.Of(shown);
        var text = AllText(workbook.Bytes);
        Assert.That(text, Does.Contain("Shown marker 98765"));
        Assert.That(text, Does.Not.Contain("state=\"hidden\"").And.Not.Contain("veryHidden"));
        Assert.That(workbook.SheetNames.Select(workbook.Sheet).SelectMany(s => s.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()).Where(r => r.Hidden?.Value == true), Is.Empty);
    }

    internal static string AllText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return string.Join("\n", zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
    }
}
