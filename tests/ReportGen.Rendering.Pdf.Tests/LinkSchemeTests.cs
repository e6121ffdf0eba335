using System.Text;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Support;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>The renderer never writes a <c>/URI</c> other than http, https or mailto, whatever the model holds.</summary>
public sealed class LinkSchemeTests
{
    [Test]
    public void A_script_link_that_reaches_the_renderer_is_drawn_as_text_and_never_becomes_a_uri()
    {
        var paragraph = new Paragraph(
        [
            new Hyperlink("safe", "https://example.org/"),
            new TextRun(" and "),
            new Hyperlink("unsafe", "javascript:alert(1)"),
            new TextRun(" and "),
            new Hyperlink("data", "data:text/html,x"),
        ]);
        var document = new ReportDocument(new DocumentInfo("Links", "en-GB"), DocumentStyle.Default, [new Section(Orientation.Portrait, new PageFurniture(), [paragraph])]);

        var file = Rendered.File(Rendered.Bytes(document), "script-link");
        var expanded = file + ".qdf";
        Assert.That(Tool.Run("qpdf", "--qdf", "--object-streams=disable", file, expanded).ExitCode, Is.Zero);
        var content = File.ReadAllText(expanded, Encoding.Latin1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(content, Does.Contain("/URI (https://example.org/)"));
            Assert.That(content, Does.Not.Contain("javascript").And.Not.Contain("data:"));
            Assert.That(PageText.Lines(UglyToad.PdfPig.PdfDocument.Open(file).GetPage(1)), Has.Some.Contains("safe and unsafe and data"));
        }
    }
}
