using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Tests.Fixtures;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>
/// The workbook is laid out as the Analysis Function's spreadsheet guidance asks: cover, contents and notes sheets, then one
/// table per sheet with its title in A1; sheet names short, unique and valid; nothing merged.
/// </summary>
public sealed class WorkbookLayoutTests
{
    private RenderedWorkbook _workbook = null!;

    [OneTimeSetUp]
    public void Render() => _workbook = RenderedWorkbook.Of(TablesReport.Create());

    [OneTimeTearDown]
    public void Dispose() => _workbook.Dispose();

    [Test]
    public void The_sheets_are_cover_contents_notes_then_a_sheet_per_table_with_rows()
    {
        // Four tables have rows (the form, the indicators, the quarters and the one inside columns); the empty one is left out.
        Assert.That(_workbook.SheetNames, Is.EqualTo(new[] { "Cover", "Contents", "Notes", "Table_1", "Table_2", "Table_3", "Table_4" }));
    }

    [Test]
    public void Sheet_names_are_unique_short_and_valid()
    {
        Assert.That(_workbook.SheetNames, Is.Unique);
        Assert.That(_workbook.SheetNames, Has.All.Length.InRange(1, 31));
        Assert.That(_workbook.SheetNames.Where(n => n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0 || n.StartsWith('\'')), Is.Empty);
    }

    [Test]
    public void The_cover_has_the_title_subject_organisation_marking_and_the_shorthand()
    {
        var column = _workbook.Rows("Cover").Select(r => r["A"]).ToList();
        Assert.That(column[0], Is.EqualTo(TablesReport.Title));
        Assert.That(column, Does.Contain("Crime & Disorder Sub-Committee: Quarter 3 (2016/17) performance"));
        Assert.That(column, Does.Contain("London Borough of Havering"));
        Assert.That(column, Does.Contain("OFFICIAL"));
        Assert.That(column, Does.Contain(TablesReport.Confidential), "[c] is explained on the cover");
    }

    [Test]
    public void A_draft_says_so_on_the_cover_and_a_form_without_headings_has_item_and_detail()
    {
        using var draft = RenderedWorkbook.Of(TablesReport.Create(watermark: "DRAFT"));
        var column = draft.Rows("Cover").Select(r => r["A"]).ToList();
        Assert.That(column[column.IndexOf("Status") + 1], Is.EqualTo("DRAFT"));
        Assert.That(_workbook.Rows("Cover").Select(r => r["A"]), Does.Not.Contain("Status"), "no status without a watermark");

        var form = new Table("Details", [new TableColumn(1), new TableColumn(2)], [], [new TableRow([TableCell.Of("Lead") with { IsHeader = true }, TableCell.Of("Supt Evans")])], TableKind.Form);
        using var plain = RenderedWorkbook.Of(new ReportDocument(new DocumentInfo("Form", "en-GB"), DocumentStyle.Default, [new Section(Orientation.Portrait, new PageFurniture(), [form])]));
        Assert.That(plain.Rows("Table_1")[2].Values, Is.EqualTo(new[] { "Item", "Detail" }));
    }

    [Test]
    public void Each_table_sheet_has_its_caption_in_A1_and_says_it_holds_one_table()
    {
        Assert.That(_workbook.Text("Table_1", "A1"), Is.EqualTo("Report details"));
        Assert.That(_workbook.Text("Table_2", "A1"), Is.EqualTo("Performance indicators, Quarter 3 (2016/17)"));
        Assert.That(_workbook.Text("Table_4", "A1"), Is.EqualTo("Budget, forecast and variance, 2021/22"), "a table inside columns has its sheet too");
        Assert.That(new[] { "Table_1", "Table_2", "Table_3", "Table_4" }.Select(s => _workbook.Text(s, "A2")), Has.All.EqualTo("This worksheet contains one table."));
        Assert.That(_workbook.Style(_workbook.Cell("Table_1", "A1")!).FormatId?.Value, Is.EqualTo(1u), "the title is in the Heading 1 cell style");
    }

    [Test]
    public void The_contents_lists_every_table_sheet_with_a_link_to_it_and_its_description()
    {
        var rows = _workbook.Rows("Contents");
        Assert.That(rows.Skip(3).Select(r => (r["A"], r["B"])), Is.EqualTo(new[]
        {
            ("Table_1", "Report details"),
            ("Table_2", "Performance indicators, Quarter 3 (2016/17)"),
            ("Table_3", "Fraud victims satisfied, by quarter"),
            ("Table_4", "Budget, forecast and variance, 2021/22"),
        }));
        var links = _workbook.Sheet("Contents").Worksheet!.Descendants<S.Hyperlink>().Select(h => (h.Reference?.Value, h.Location?.Value)).ToList();
        Assert.That(links, Is.EqualTo(new[] { ("A4", "'Table_1'!A1"), ("A5", "'Table_2'!A1"), ("A6", "'Table_3'!A1"), ("A7", "'Table_4'!A1") }));
    }

    [Test]
    public void Nothing_is_merged_and_there_are_no_images()
    {
        foreach (var name in _workbook.SheetNames)
        {
            var sheet = _workbook.Sheet(name);
            Assert.That(sheet.Worksheet!.Descendants<S.MergeCells>(), Is.Empty, name);
            Assert.That(sheet.DrawingsPart, Is.Null, name);
        }
    }

    [Test]
    public void Only_tables_are_written_not_the_text_around_them()
    {
        var strings = _workbook.Part.SharedStringTablePart!.SharedStringTable!.InnerText;
        Assert.That(strings, Does.Not.Contain("Some words that are not a table."));
        Assert.That(strings, Does.Not.Contain("Nothing to show"), "a table with no rows has no sheet");
    }

    [Test]
    public void A_document_without_tables_still_has_its_cover_contents_and_notes()
    {
        // A table without columns, or with a group heading and no rows under it, is no table for a spreadsheet.
        var noColumns = new Table("No columns", [], [], [new TableRow([])]);
        var onlyHeading = new Table("Only a heading", [new TableColumn(1)], [], [new TableRow([TableCell.Of("GOAL")], IsGroupHeading: true)]);
        var document = new ReportDocument(new DocumentInfo("No tables", "en-GB"), DocumentStyle.Default, [new Section(Orientation.Portrait, new PageFurniture(), [Paragraph.Of("Words."), noColumns, onlyHeading])]);
        using var workbook = RenderedWorkbook.Of(document);
        Assert.That(workbook.SheetNames, Is.EqualTo(new[] { "Cover", "Contents", "Notes" }));
        Assert.That(workbook.Text("Contents", "A2"), Is.EqualTo("This report has no tables."));
    }
}
