using DocumentFormat.OpenXml.Spreadsheet;
using ReportGen.Rendering.Xlsx.Tests.Fixtures;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>
/// Every table sheet holds one Excel table over exactly its cells: a header row of unique names equal to the header cells,
/// the data rows under it with no blank row, and a name of its own.
/// </summary>
public sealed class TableDefinitionTests
{
    private RenderedWorkbook _workbook = null!;

    [OneTimeSetUp]
    public void Render() => _workbook = RenderedWorkbook.Of(TablesReport.Create());

    [OneTimeTearDown]
    public void Dispose() => _workbook.Dispose();

    private static IEnumerable<string> Sheets() => ["Contents", "Notes", "Table_1", "Table_2", "Table_3", "Table_4"];

    [TestCaseSource(nameof(Sheets))]
    public void The_table_covers_exactly_the_header_row_and_the_data_rows(string name)
    {
        var sheet = _workbook.Sheet(name);
        var table = sheet.TableDefinitionParts.Single().Table!;
        var rows = sheet.Worksheet!.Descendants<Row>().ToList();
        var headerRow = rows.Single(r => r.Elements<Cell>().Any(c => _workbook.Text(c) == table.TableColumns!.Elements<TableColumn>().First().Name));
        var first = headerRow.RowIndex!.Value;
        var last = rows.Max(r => r.RowIndex!.Value);
        var columns = table.TableColumns!.Elements<TableColumn>().ToList();

        Assert.That(table.Reference!.Value, Is.EqualTo($"A{first}:{(char)('A' + columns.Count - 1)}{last}"));
        Assert.That(table.HeaderRowCount?.Value ?? 1u, Is.EqualTo(1u), "a header row");
        Assert.That(table.TotalsRowCount?.Value ?? 0u, Is.Zero);
        Assert.That(rows.Select(r => r.RowIndex!.Value), Is.EqualTo(Enumerable.Range(1, (int)last).Select(i => (uint)i)), "no blank row anywhere, so none inside the table");
        Assert.That(headerRow.Elements<Cell>().Select(_workbook.Text), Is.EqualTo(columns.Select(c => c.Name!.Value)), "the header cells are the table's column names");
        Assert.That(columns.Select(c => c.Name!.Value!.ToUpperInvariant()), Is.Unique);
        Assert.That(columns.Select(c => c.Name!.Value), Has.None.Contain("\n").And.None.Empty);
        Assert.That(rows.Where(r => r.RowIndex!.Value > first).SelectMany(r => r.Elements<Cell>())
            .Select(c => c.CellReference!.Value![0] - 'A'), Has.All.LessThan(columns.Count), "nothing beside the table");
    }

    [Test]
    public void Table_names_and_ids_are_unique_in_the_workbook()
    {
        var tables = _workbook.SheetNames.Select(_workbook.Sheet).SelectMany(s => s.TableDefinitionParts).Select(p => p.Table!).ToList();
        Assert.That(tables, Has.Count.EqualTo(6));
        Assert.That(tables.Select(t => t.Name!.Value), Is.Unique);
        Assert.That(tables.Select(t => t.Id!.Value), Is.Unique);
        Assert.That(tables.Select(t => t.DisplayName!.Value), Is.EqualTo(tables.Select(t => t.Name!.Value)));
    }

    [Test]
    public void A_group_heading_row_becomes_a_column_beside_each_row_of_the_group()
    {
        var rows = _workbook.Rows("Table_2");
        Assert.That(rows[3]["A"], Is.EqualTo("Group"));
        Assert.That(rows.Skip(4).Select(r => (r["A"], r["B"])).Take(4), Is.EqualTo(new[]
        {
            ("PEOPLE WILL BE SAFE", "CSP1"), ("PEOPLE WILL BE SAFE", "CSP2"), ("PEOPLE WILL BE SAFE", "HOM"), ("PEOPLE WILL BE PROUD", "MON1"),
        }));
    }

    [Test]
    public void Spanned_headers_give_unique_names_and_header_rows_are_read_down_each_column()
    {
        Assert.That(Names("Table_2"), Is.EqualTo(new[] { "Group", "Ref", "Indicator", "Q3 2016/17", "YTD 2016/17", "YTD 2016/17 (detail)", "RAG", "RAG (2)" }));
        Assert.That(Names("Table_3"), Is.EqualTo(new[] { "Column 1", "2015/16 Q1", "2015/16 Q2", "2016/17 Q1" }));
        Assert.That(Names("Table_1"), Is.EqualTo(new[] { "Detail", "Value" }), "a form's labels and values, named by its template");
    }

    [Test]
    public void A_rating_spanning_two_columns_is_written_once_and_two_ratings_each_in_their_own()
    {
        Assert.That(_workbook.Text(_workbook.CellAt("Table_2", "CSP1", "RAG")), Is.EqualTo("Red"));
        Assert.That(_workbook.Rows("Table_2").Single(r => r.GetValueOrDefault("B") == "CSP1").ContainsKey("H"), Is.False, "the spanned column is empty");
        Assert.That(_workbook.Text(_workbook.CellAt("Table_2", "CSP2", "RAG")), Is.EqualTo("Green"));
        Assert.That(_workbook.Text(_workbook.CellAt("Table_2", "CSP2", "RAG (2)")), Is.EqualTo("Amber"));
    }

    private List<string?> Names(string sheet) =>
        [.. _workbook.Sheet(sheet).TableDefinitionParts.Single().Table!.TableColumns!.Elements<TableColumn>().Select(c => c.Name?.Value)];
}
