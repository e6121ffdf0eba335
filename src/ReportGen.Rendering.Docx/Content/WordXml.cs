using System.Xml;
using DocumentFormat.OpenXml;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Writes WordprocessingML element by element to an <see cref="XmlWriter"/>, making the same calls the Open XML SDK
/// makes when it serialises the same elements (so the bytes are the same as the SDK's), but without building them first.
/// The few elements still built with the SDK (a table's properties, a section's properties, a chart's drawing) are
/// written into the same writer with <see cref="Element"/>.
/// </summary>
internal sealed class WordXml(XmlWriter writer)
{
    /// <summary>The WordprocessingML namespace, prefix <c>w</c>.</summary>
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Opens <c>w:<paramref name="name"/></c>.</summary>
    public void Start(string name) => writer.WriteStartElement("w", name, Namespace);

    /// <summary>Closes the element opened last (<c>/&gt;</c> when it has no content).</summary>
    public void End() => writer.WriteEndElement();

    /// <summary>The attribute <c>w:<paramref name="name"/></c> of the element just opened.</summary>
    public void Attribute(string name, string value) => writer.WriteAttributeString("w", name, Namespace, value);

    /// <summary>The relationship id (<c>r:id</c>) of the element just opened.</summary>
    public void RelationshipId(string value) => writer.WriteAttributeString("r", "id", RelationshipsNamespace, value);

    /// <summary>An element with no attributes and no content, such as <c>&lt;w:b /&gt;</c>.</summary>
    public void Empty(string name)
    {
        Start(name);
        End();
    }

    /// <summary>An element whose only attribute is <c>w:val</c>.</summary>
    public void Value(string name, string value)
    {
        Start(name);
        Attribute("val", value);
        End();
    }

    /// <summary>A text element (<c>w:t</c>, <c>w:instrText</c>) that keeps its spaces.</summary>
    public void Text(string name, string text)
    {
        Start(name);
        writer.WriteAttributeString("xml", "space", XmlNamespace, "preserve");
        writer.WriteString(text);
        End();
    }

    /// <summary>An element built with the Open XML SDK, written in place.</summary>
    public void Element(OpenXmlElement element) => element.WriteTo(writer);
}
