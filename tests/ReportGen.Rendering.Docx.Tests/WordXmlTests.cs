using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using ReportGen.Rendering.Docx.Content;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// The document part is written straight to text (<see cref="WordXml"/>), not built as Open XML SDK elements: the
/// bytes must be those the SDK writes for the same elements, escaping and namespace declarations included.
/// </summary>
public sealed class WordXmlTests
{
    [TestCase("Plain text, spaces kept ")]
    [TestCase("")]
    [TestCase("Rates < 5% & > 2% of \"all\" 'cases'")]
    [TestCase("a\r\nb\nc\rd\te")]
    [TestCase("Red\u0001 \u0085 \u2028 \u00A0 \U0001F7E2 Green")]
    public void A_run_of_text_is_written_as_the_SDK_writes_it(string text)
    {
        var xml = Part(xml =>
        {
            xml.Start("r");
            RunText.Write(xml, text);
            xml.End();
        });

        Assert.That(xml, Is.EqualTo(Sdk(new W.Run(RunText.Split(text)))));
    }

    [TestCase("rId7")]
    [TestCase("odd <id> & \"quoted\"\twith\r\nbreaks")]
    public void Attributes_and_the_relationship_namespace_are_written_as_the_SDK_writes_them(string id)
    {
        var xml = Part(xml =>
        {
            xml.Start("hyperlink");
            xml.Attribute("history", "true");
            xml.RelationshipId(id);
            xml.Start("r");
            xml.Text("t", "link");
            xml.End();
            xml.End();
        });

        var sdk = Sdk(new W.Hyperlink(new W.Run(new W.Text("link") { Space = SpaceProcessingModeValues.Preserve }))
        {
            History = true,
            Id = id,
        });
        Assert.That(xml, Is.EqualTo(sdk));
        Assert.That(xml, Does.Contain("xmlns:r="), "the relationship prefix is declared where it is used");
    }

    [Test]
    public void Elements_built_with_the_SDK_are_written_in_the_part_s_scope()
    {
        var properties = new W.SectionProperties(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rId5" });

        var xml = Part(xml =>
        {
            xml.Start("p");
            xml.Start("pPr");
            xml.Element((OpenXmlElement)properties.CloneNode(true));
            xml.End();
            xml.End();
        });

        Assert.That(xml, Is.EqualTo(Sdk(new W.Paragraph(new W.ParagraphProperties(properties)))));
        Assert.That(xml, Does.Not.Contain("<w:sectPr xmlns:w"), "w is declared once, on the root");
    }

    private static string Part(Action<WordXml> write)
    {
        var xml = new WordXml("document");
        xml.Start("body");
        write(xml);
        xml.End();
        using var part = new MemoryStream();
        xml.Finish(part);
        return Encoding.UTF8.GetString(part.ToArray());
    }

    // As the SDK saves a part: an XML declaration, UTF-8 without a byte order mark, no indentation.
    private static string Sdk(OpenXmlElement content)
    {
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            new W.Document(new W.Body(content)).WriteTo(writer);
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }
}
