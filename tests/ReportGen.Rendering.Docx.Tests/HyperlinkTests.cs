using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>Links are Word hyperlinks in the Hyperlink style whose relationship points at the address.</summary>
public sealed class HyperlinkTests
{
    [Test]
    public void The_link_resolves_to_its_external_address_and_shows_its_text_in_the_hyperlink_style()
    {
        using var docx = RenderedDocx.Of(HaveringReport.Create());
        var link = docx.Body.Descendants<W.Hyperlink>().Single();
        var relationship = docx.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(relationship.Uri.OriginalString, Is.EqualTo(HaveringReport.CorporatePlanUrl));
            Assert.That(relationship.IsExternal, Is.True);
            Assert.That(RenderedDocx.TextOf(new W.Paragraph(link.CloneNode(true))), Is.EqualTo("Corporate Plan 2016/17 (PDF)"));
            Assert.That(link.Descendants<W.RunStyle>().Single().Val!.Value, Is.EqualTo("Hyperlink"));
        }
    }
}
