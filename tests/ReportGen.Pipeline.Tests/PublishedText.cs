using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Every piece of text a reader of a build's outputs could get at: each PDF page's words and its document
/// information, every XML part of a Word file (headers, footers, charts, properties) and of the workbooks embedded
/// in its charts, every part of a workbook (format xlsx), and the JSON, CSV and manifest as they are.
/// </summary>
internal static class PublishedText
{
    /// <summary>The text of every file in <paramref name="folder"/>, by file name.</summary>
    public static IReadOnlyDictionary<string, string> Of(string folder) =>
        Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToDictionary(path => Path.GetFileName(path), Read);

    /// <summary>The words of each page of a PDF.</summary>
    public static IReadOnlyList<string> PdfPages(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return [.. pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    private static string Read(string path) => Path.GetExtension(path) switch
    {
        ".pdf" => Pdf(path),
        ".docx" or ".xlsx" => Package(File.ReadAllBytes(path)),
        _ => File.ReadAllText(path),
    };

    private static string Pdf(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var info = pdf.Information;
        return string.Join("\n", PdfPages(path).Append(info.Title ?? string.Empty).Append(info.Subject ?? string.Empty).Append(info.Keywords ?? string.Empty));
    }

    // Every part of a zip package as text; an embedded package (a chart's workbook) is opened in turn.
    private static string Package(byte[] bytes)
    {
        var text = new StringBuilder();
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            text.AppendLine(entry.FullName.EndsWith(".xlsx", StringComparison.Ordinal) ? Package(content) : Encoding.UTF8.GetString(content));
        }

        return text.ToString();
    }
}
