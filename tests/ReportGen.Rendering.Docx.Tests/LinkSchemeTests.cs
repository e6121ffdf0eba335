using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>The renderer never adds a hyperlink relationship other than http, https or mailto, whatever the model holds.</summary>
public sealed class LinkSchemeTests
{
    [Test]
    public void A_script_link_that_reaches_the_renderer_is_written_as_text_and_never_becomes_a_relationship()
    {
        var paragraph = new Paragraph(
        [
            new Hyperlink("safe", "mailto:team@example.org"),
            new TextRun(" and "),
            new Hyperlink("unsafe", "vbscript:msgbox(1)"),
        ]);
        var document = new ReportDocument(new DocumentInfo("Links", "en-GB"), DocumentStyle.Default, [new Section(Orientation.Portrait, new PageFurniture(), [paragraph])]);

        using var docx = RenderedDocx.Of(document);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(docx.Main.HyperlinkRelationships.Select(r => r.Uri.OriginalString), Is.EqualTo(new[] { "mailto:team@example.org" }));
            Assert.That(docx.Body.Descendants<W.Hyperlink>().Count(), Is.EqualTo(1));
            Assert.That(docx.Body.InnerText, Does.Contain("safe and unsafe"));
        }
    }
}
