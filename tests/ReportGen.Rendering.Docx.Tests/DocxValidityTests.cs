using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using ReportGen.Tests.Shared;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>Word opens what the schema allows: every rendered document validates against Office 2019 with no error.</summary>
public sealed class DocxValidityTests
{
    private static IEnumerable<TestCaseData> Documents()
    {
        // The full pack: both sections, every block type, form and grid tables, lists in cells.
        yield return new TestCaseData(HaveringReport.Create()).SetName("The Havering pack is schema valid");

        // A marking, a creation time and numbering from 79 add parts of the furniture and properties.
        yield return new TestCaseData(HaveringReport.Create(79, "OFFICIAL-SENSITIVE", new DateTimeOffset(2017, 1, 17, 9, 30, 0, TimeSpan.Zero)))
            .SetName("A marked pack numbered from 79 is schema valid");

        // Native charts: line, combo of lines with reference lines and marker-only series, bars with their own colours.
        yield return new TestCaseData(ChartReport.Document(Paragraph.Of("Before the charts."))).SetName("Charts are schema valid");

        // No sections at all still has to be a document Word opens.
        yield return new TestCaseData(new ReportDocument(new DocumentInfo("Empty", "en-GB"), DocumentStyle.Default, []))
            .SetName("An empty document is schema valid");

        // A section without blocks and a table ending a section need a paragraph to carry the section break.
        yield return new TestCaseData(new ReportDocument(
            new DocumentInfo("Edges", "en-GB"),
            DocumentStyle.Default,
            [
                new Section(Orientation.Portrait, new PageFurniture(PageNumberFormat: ""), []),
                new Section(Orientation.Landscape, new PageFurniture(), [new Table("t", [new TableColumn(1)], [], [new TableRow([new TableCell([])])])]),
                new Section(Orientation.Portrait, new PageFurniture(), [new PageBreak()]),
            ])).SetName("Empty sections, empty cells and a trailing page break are schema valid");

        // Text straight from users' files: tabs, Windows line ends and a control character XML cannot hold.
        yield return new TestCaseData(new ReportDocument(
            new DocumentInfo("Raw text", "cy-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture("Header\twith tab", "Footer\u0001"), [Paragraph.Of("Q3\t4,355\r\nQ2\t4,290\u0001")])]))
            .SetName("Tabs, line ends and control characters in text are schema valid");
    }

    [TestCaseSource(nameof(Documents))]
    public void Validates_against_Office_2019(ReportDocument document)
    {
        using var docx = RenderedDocx.Of(document);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.That(errors, Is.Empty);
    }
}
