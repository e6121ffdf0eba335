using System.Globalization;
using System.Security;
using System.Text;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// The document's XMP metadata: a well-formed packet made from the report's <see cref="DocumentInfo"/>, claiming
/// PDF/UA-1 (and PDF/A-2a when asked). Its UUIDs are placeholders until <see cref="DeterministicOutput"/> derives
/// them from the content.
/// </summary>
internal static class XmpMetadata
{
    /// <summary>A placeholder UUID, the same length as a real one.</summary>
    public const string PlaceholderUuid = "00000000-0000-0000-0000-000000000000";

    /// <summary>The XMP packet for <paramref name="info"/>; <paramref name="pdfA"/> claims PDF/A-2a too.</summary>
    public static string Packet(DocumentInfo info, string producer, bool pdfA = false)
    {
        var xml = new StringBuilder();
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
            .Append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
            .Append(" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
            .Append("   <dc:format>application/pdf</dc:format>\n")
            .Append(CultureInfo.InvariantCulture, $"   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(info.Title)}</rdf:li></rdf:Alt></dc:title>\n")
            .Append(CultureInfo.InvariantCulture, $"   <dc:language><rdf:Bag><rdf:li>{Escape(info.Language)}</rdf:li></rdf:Bag></dc:language>\n");
        if (!string.IsNullOrEmpty(info.Author))
        {
            xml.Append(CultureInfo.InvariantCulture, $"   <dc:creator><rdf:Seq><rdf:li>{Escape(info.Author)}</rdf:li></rdf:Seq></dc:creator>\n");
        }

        if (!string.IsNullOrEmpty(info.Subject))
        {
            xml.Append(CultureInfo.InvariantCulture, $"   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">{Escape(info.Subject)}</rdf:li></rdf:Alt></dc:description>\n");
        }

        if (info.Keywords is { Count: > 0 } keywords)
        {
            xml.Append("   <dc:subject><rdf:Bag>")
                .AppendJoin("", keywords.Select(k => $"<rdf:li>{Escape(k)}</rdf:li>"))
                .Append("</rdf:Bag></dc:subject>\n")
                .Append(CultureInfo.InvariantCulture, $"   <pdf:Keywords>{Escape(string.Join(", ", keywords))}</pdf:Keywords>\n");
        }

        xml.Append(CultureInfo.InvariantCulture, $"   <pdf:Producer>{Escape(producer)}</pdf:Producer>\n")
            .Append("   <xmp:CreatorTool>ReportGen</xmp:CreatorTool>\n");
        if (info.Created is { } created)
        {
            var date = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";
            xml.Append(CultureInfo.InvariantCulture, $"   <xmp:CreateDate>{date}</xmp:CreateDate>\n")
                .Append(CultureInfo.InvariantCulture, $"   <xmp:ModifyDate>{date}</xmp:ModifyDate>\n")
                .Append(CultureInfo.InvariantCulture, $"   <xmp:MetadataDate>{date}</xmp:MetadataDate>\n");
        }

        return xml
            .Append(CultureInfo.InvariantCulture, $"   <xmpMM:DocumentID>uuid:{PlaceholderUuid}</xmpMM:DocumentID>\n")
            .Append(CultureInfo.InvariantCulture, $"   <xmpMM:InstanceID>uuid:{PlaceholderUuid}</xmpMM:InstanceID>\n")

            // PDF/UA-1: claimed because every pack meets its machine-checkable points (PdfAccessibilityTests).
            .Append("   <pdfuaid:part>1</pdfuaid:part>\n")
            .Append("  </rdf:Description>\n")
            .Append(pdfA ? PdfAIdentification : string.Empty)
            .Append(" </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
            .ToString();
    }

    /// <summary>
    /// PDF/A-2a's identification, and the PDF/A extension schema that PDF/A requires for any schema it does not
    /// predefine: here PDF/UA's <c>pdfuaid</c> (as ISO 14289-1 gives it).
    /// </summary>
    const string PdfAIdentification =
        "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n" +
        "   <pdfaid:part>2</pdfaid:part>\n" +
        "   <pdfaid:conformance>A</pdfaid:conformance>\n" +
        "  </rdf:Description>\n" +
        "  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"" +
        " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n" +
        "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n" +
        "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n" +
        "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n" +
        "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n" +
        "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n" +
        "     <pdfaProperty:name>part</pdfaProperty:name>\n" +
        "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n" +
        "     <pdfaProperty:category>internal</pdfaProperty:category>\n" +
        "     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n" +
        "    </rdf:li></rdf:Seq></pdfaSchema:property>\n" +
        "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n" +
        "  </rdf:Description>\n";

    static string Escape(string text) => SecurityElement.Escape(text);
}
