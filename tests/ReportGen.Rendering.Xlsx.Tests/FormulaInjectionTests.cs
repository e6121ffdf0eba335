using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Tests.Fixtures;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>
/// Hostile text (a commentary or label a spreadsheet would run as a formula) is written as text: a shared string, never a
/// formula, and marked to stay text if the cell is edited.
/// </summary>
public sealed class FormulaInjectionTests
{
    private static readonly string[] Hostile =
    [
        "=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+1", "-2+3", "@SUM(A1:A9)", "=1+1", "\tTab first", "=cmd|' /C calc'!A0",
    ];

    [Test]
    public void Text_a_spreadsheet_would_run_is_written_as_text_never_as_a_formula()
    {
        var rows = Hostile.Select(h => new TableRow([TableCell.Of(h), TableCell.Of("label " + h)])).ToList();
        var document = new ReportDocument(
            new DocumentInfo("=TITLE()", "en-GB", "@org"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [new Table("=caption()", [new TableColumn(1), new TableColumn(1)], [new TableRow([TableCell.Of("=A1") with { IsHeader = true }, TableCell.Of("+B") with { IsHeader = true }])], rows)])]);
        using var workbook = RenderedWorkbook.Of(document);

        var cells = workbook.SheetNames.Select(workbook.Sheet).SelectMany(s => s.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()).ToList();
        Assert.That(cells.Where(c => c.CellFormula is not null), Is.Empty, "no formula anywhere");
        var texts = cells.Where(c => c.DataType?.Value == DocumentFormat.OpenXml.Spreadsheet.CellValues.SharedString).Select(workbook.Text).ToList();
        Assert.That(texts, Is.SupersetOf(Hostile.Select(h => h.TrimStart())).And.Contain("=TITLE()").And.Contain("=caption()").And.Contain("=A1"));
        var hostileCells = cells.Where(c => workbook.Text(c) is { } t && Hostile.Contains(t) && c.CellReference!.Value!.StartsWith('A')).ToList();
        Assert.That(hostileCells, Has.Count.EqualTo(Hostile.Length - 1), "the tab is trimmed from the start, so that cell reads 'Tab first'");
        Assert.That(hostileCells.Select(c => workbook.Style(c).QuotePrefix?.Value), Has.All.True, "edited, the cell stays text");
    }
}
