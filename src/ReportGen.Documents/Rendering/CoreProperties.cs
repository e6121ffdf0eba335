using System.Globalization;
using System.Text;
using System.Xml;
using ReportGen.Documents.Model;

namespace ReportGen.Documents.Rendering;

/// <summary>
/// An Open XML package's core properties part (title, subject, creator, keywords, language, and the creation time
/// only when the document gives one), written by hand rather than through System.IO.Packaging, which would give the
/// part a random name. Characters XML cannot hold are left out and each value is trimmed, so a hostile title can
/// neither break the part nor the package. Shared by the renderers that write Open XML packages (Word, the workbook).
/// </summary>
public static class CoreProperties
{
    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string TermsNamespace = "http://purl.org/dc/terms/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Writes the core properties of <paramref name="info"/> to <paramref name="stream"/> (the part's).</summary>
    public static void Write(Stream stream, DocumentInfo info)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false) };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", CoreNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        writer.WriteAttributeString("xmlns", "dcterms", null, TermsNamespace);
        writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        writer.WriteElementString("dc", "title", DcNamespace, Clean(info.Title));
        Optional(writer, "dc", "subject", DcNamespace, info.Subject);
        Optional(writer, "dc", "creator", DcNamespace, info.Author);
        if (info.Keywords is { Count: > 0 } keywords)
        {
            writer.WriteElementString("cp", "keywords", CoreNamespace, Clean(string.Join(", ", keywords)));
        }

        writer.WriteElementString("dc", "language", DcNamespace, Clean(info.Language));
        if (info.Created is { } created)
        {
            writer.WriteStartElement("dcterms", "created", TermsNamespace);
            writer.WriteAttributeString("xsi", "type", XsiNamespace, "dcterms:W3CDTF");
            writer.WriteString(created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Optional(XmlWriter writer, string prefix, string name, string ns, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString(prefix, name, ns, Clean(value));
        }
    }

    /// <summary><paramref name="text"/> without the characters XML cannot hold (surrogate pairs kept whole), trimmed.</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Trim();
    }
}
