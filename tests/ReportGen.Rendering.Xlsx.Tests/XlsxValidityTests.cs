using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Tests.Fixtures;

namespace ReportGen.Rendering.Xlsx.Tests;

/// <summary>Excel opens what the schema allows: every rendered workbook validates against Office 2019 with no error.</summary>
public sealed class XlsxValidityTests
{
    private static IEnumerable<TestCaseData> Documents()
    {
        yield return new TestCaseData(TablesReport.Create(new DateTimeOffset(2017, 1, 17, 9, 30, 0, TimeSpan.Zero))).SetName("A pack of tables is schema valid");
        yield return new TestCaseData(TablesReport.Create(marking: null)).SetName("An unmarked pack is schema valid");
        yield return new TestCaseData(new ReportDocument(new DocumentInfo("Empty", "en-GB"), DocumentStyle.Default, [])).SetName("An empty document is schema valid");
        yield return new TestCaseData(new ReportDocument(
            new DocumentInfo("Raw\u0001 text", "cy-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [new Table("Tabs\tand\r\nline ends\u0001", [new TableColumn(1), new TableColumn(0)], [new TableRow([TableCell.Of("") with { IsHeader = true }, TableCell.Of("") with { IsHeader = true }])], [new TableRow([TableCell.Of("Q3\t4,355\r\nQ2\u0001"), new TableCell([])]), new TableRow([TableCell.Of(new string('x', 40_000))])])])]))
            .SetName("Control characters, empty headers, empty cells and overlong text are schema valid");
    }

    [TestCaseSource(nameof(Documents))]
    public void Validates_against_Office_2019(ReportDocument document)
    {
        using var workbook = RenderedWorkbook.Of(document);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook.Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.That(errors, Is.Empty);
    }
}
