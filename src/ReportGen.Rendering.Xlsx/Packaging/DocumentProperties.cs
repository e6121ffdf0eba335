using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Xlsx.Cells;
using Ext = DocumentFormat.OpenXml.ExtendedProperties;

namespace ReportGen.Rendering.Xlsx.Packaging;

/// <summary>
/// The core properties (title, subject, creator, keywords, language, and the creation time only when the document
/// gives one) and the app properties naming ReportGen. Written by hand rather than through System.IO.Packaging,
/// which would give the part a random name; characters XML cannot hold are left out.
/// </summary>
internal static class DocumentProperties
{
    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string TermsNamespace = "http://purl.org/dc/terms/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static void WriteCore(CoreFilePropertiesPart part, DocumentInfo info)
    {
        using var stream = part.GetStream(FileMode.Create);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false) };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", CoreNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        writer.WriteAttributeString("xmlns", "dcterms", null, TermsNamespace);
        writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        writer.WriteElementString("dc", "title", DcNamespace, CellText.Clean(info.Title));
        Optional(writer, "dc", "subject", DcNamespace, info.Subject);
        Optional(writer, "dc", "creator", DcNamespace, info.Author);
        if (info.Keywords is { Count: > 0 } keywords)
        {
            writer.WriteElementString("cp", "keywords", CoreNamespace, CellText.Clean(string.Join(", ", keywords)));
        }

        writer.WriteElementString("dc", "language", DcNamespace, CellText.Clean(info.Language));
        if (info.Created is { } created)
        {
            writer.WriteStartElement("dcterms", "created", TermsNamespace);
            writer.WriteAttributeString("xsi", "type", XsiNamespace, "dcterms:W3CDTF");
            writer.WriteString(created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    public static Ext.Properties App() => new(new Ext.Application("ReportGen"));

    private static void Optional(XmlWriter writer, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString(prefix, name, ns, CellText.Clean(value));
        }
    }
}
