using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Tests.Support;

/// <summary>Renders documents to bytes and to temporary files for the command-line tools.</summary>
internal static class Rendered
{
    public static byte[] Bytes(ReportDocument document, PdfFontSet? fonts = null)
    {
        using var stream = new MemoryStream();
        new PdfRenderer(fonts).Render(document, stream);
        return stream.ToArray();
    }

    /// <summary>Writes <paramref name="pdf"/> to a file under the test's work directory and returns its path.</summary>
    public static string File(byte[] pdf, string name)
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "rendered");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".pdf");
        System.IO.File.WriteAllBytes(path, pdf);
        return path;
    }
}
