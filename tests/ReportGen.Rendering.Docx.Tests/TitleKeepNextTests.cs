using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// No page of the Word file ends with a heading or a table's title: headings keep with the next paragraph through
/// their style, and a paragraph marked as the title of what follows carries keepNext (and keepLines) itself.
/// </summary>
public sealed class TitleKeepNextTests
{
    [Test]
    public void A_title_paragraph_keeps_with_the_table_it_names_and_a_body_paragraph_does_not()
    {
        var table = new Table(
            "Survey",
            [new TableColumn(1), new TableColumn(1)],
            [new TableRow([TableCell.Of("Measure") with { IsHeader = true }, TableCell.Of("Q3") with { IsHeader = true }])],
            [new TableRow([TableCell.Of("Percentage satisfied"), TableCell.Of("76%")])]);
        using var docx = RenderedDocx.Of(new ReportDocument(
            new DocumentInfo("Keep next", "en-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [
                Paragraph.Of("An ordinary paragraph."),
                new Paragraph([new TextRun("Overall, how satisfied are you?", Bold: true)]) { KeepWithNext = true },
                table])]));
        var paragraphs = docx.Body.Elements<W.Paragraph>().ToList();
        var title = paragraphs.Single(p => p.InnerText == "Overall, how satisfied are you?");
        var body = paragraphs.Single(p => p.InnerText == "An ordinary paragraph.");

        Assert.That(title.ParagraphProperties?.KeepNext, Is.Not.Null);
        Assert.That(title.ParagraphProperties?.KeepLines, Is.Not.Null);
        Assert.That(body.ParagraphProperties?.KeepNext, Is.Null);
        Assert.That(title.NextSibling(), Is.InstanceOf<W.Table>(), "kept with the table's first row");
    }

    [Test]
    public void Every_heading_style_keeps_with_the_next_paragraph()
    {
        using var docx = RenderedDocx.Of(new ReportDocument(
            new DocumentInfo("Keep next", "en-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [Heading.Of(1, "One"), Heading.Of(2, "Two"), Paragraph.Of("Text.")])]));
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<W.Style>()
            .Where(s => s.StyleId?.Value is { } id && id.StartsWith("Heading", StringComparison.Ordinal))
            .ToList();

        Assert.That(styles, Has.Count.GreaterThanOrEqualTo(4));
        Assert.That(styles.Select(s => s.StyleParagraphProperties?.KeepNext), Has.All.Not.Null);
    }
}
