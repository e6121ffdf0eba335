using System.Globalization;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// Creates the tagged PDF document with the report's properties: title (shown by viewers instead of the file
/// name), language, author, subject, keywords, "ReportGen" as its creator, and a creation date only when the
/// report gives one.
/// </summary>
internal static class PdfDocumentFactory
{
    const string CreationDateKey = "/CreationDate";
    const string ModificationDateKey = "/ModDate";

    /// <summary>The document /ID before <see cref="DeterministicOutput"/> replaces it with one derived from the content.</summary>
    public static string PlaceholderId { get; } = new('\0', 16);

    /// <summary>
    /// An empty tagged document for <paramref name="info"/>; <paramref name="pdfA"/> adds the sRGB output intent
    /// PDF/A needs (PDFsharp's sRGB2014 profile; <see cref="XmpMetadata"/> writes the identification).
    /// </summary>
    public static PdfDocument Create(DocumentInfo info, bool pdfA = false)
    {
        // FlateStreams re-encodes every Flate stream from its inflated data, so PDFsharp's own pass need not compress well;
        // page contents (most of the bytes) FlateStreams compresses once itself, so PDFsharp leaves them as they are.
        var pdf = new PdfDocument { Options = { FlateEncodeMode = PdfFlateEncodeMode.BestSpeed, CompressContentStreams = false } };
        if (pdfA)
        {
            pdf.SetPdfA();
        }

        UAManager.ForDocument(pdf).SetDocumentLanguage(info.Language);
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.Info.Title = info.Title;
        pdf.Info.Creator = "ReportGen";
        if (!string.IsNullOrEmpty(info.Author))
        {
            pdf.Info.Author = info.Author;
        }

        if (!string.IsNullOrEmpty(info.Subject))
        {
            pdf.Info.Subject = info.Subject;
        }

        if (info.Keywords is { Count: > 0 } keywords)
        {
            pdf.Info.Keywords = string.Join(", ", keywords);
        }

        // PDFsharp stamps the wall clock here; a report records its own time (as both dates, matching the XMP) or none.
        pdf.Info.Elements.Remove(CreationDateKey);
        if (info.Created is { } created)
        {
            pdf.Info.Elements.SetString(CreationDateKey, PdfDate(created));
            pdf.Info.Elements.SetString(ModificationDateKey, PdfDate(created));
        }

        pdf.Internals.FirstDocumentID = PlaceholderId;
        pdf.Internals.SecondDocumentID = PlaceholderId;
        return pdf;
    }

    /// <summary>A PDF date in UTC: <c>D:20170117093000+00'00'</c>.</summary>
    static string PdfDate(DateTimeOffset time) =>
        "D:" + time.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
}
