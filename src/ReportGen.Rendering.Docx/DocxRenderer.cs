using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Docx.Content;
using ReportGen.Rendering.Docx.Packaging;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as an accessible Word document (.docx) that democratic services can edit
/// and publish: built-in heading styles, one Word section per document section, repeating table header rows,
/// table alternative text and document properties. The same document always gives the same bytes.
/// </summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    /// <inheritdoc/>
    public string Format => "docx";

    /// <summary>
    /// The council's own document or template (<c>--reference-docx</c>), whose header pictures (a logo) start every
    /// header; its fonts and colours reach the document's <see cref="DocumentStyle"/> through
    /// <see cref="ReferenceDocument.Apply"/>, before rendering. None by default.
    /// </summary>
    public ReferenceDocument? Reference { get; init; }

    /// <inheritdoc/>
    public void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        // The parts are stored uncompressed: DeterministicZip reads the package back and compresses each part as it
        // writes the file, so compressing them here too would only be undone. The main document's content is not in
        // the package: it is written into the file directly, compressed once.
        using var package = new MemoryStream();
        WordXml body;
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            word.CompressionOption = CompressionOption.NotCompressed;
            body = PackageWriter.Write(word, document, Reference);
        }

        DeterministicZip.Rewrite(package, output, new Dictionary<string, Action<Stream>> { [PackageWriter.DocumentPart] = body.Finish });
    }
}
