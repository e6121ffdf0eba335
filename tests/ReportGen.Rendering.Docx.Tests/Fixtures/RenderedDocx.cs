using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests.Fixtures;

/// <summary>A document rendered by <see cref="DocxRenderer"/> and opened again, read-only, with the Open XML SDK.</summary>
internal sealed class RenderedDocx : IDisposable
{
    private readonly MemoryStream _stream;

    private RenderedDocx(byte[] bytes)
    {
        Bytes = bytes;
        _stream = new MemoryStream(bytes, writable: false);
        Package = WordprocessingDocument.Open(_stream, isEditable: false);
    }

    public byte[] Bytes { get; }

    public WordprocessingDocument Package { get; }

    public MainDocumentPart Main => Package.MainDocumentPart!;

    public W.Body Body => Main.Document!.Body!;

    public static byte[] Render(ReportDocument document)
    {
        using var output = new MemoryStream();
        new DocxRenderer().Render(document, output);
        return output.ToArray();
    }

    public static RenderedDocx Of(ReportDocument document) => new(Render(document));

    /// <summary>The body's tables in order.</summary>
    public IReadOnlyList<W.Table> Tables => [.. Body.Elements<W.Table>()];

    /// <summary>The sections' properties in order (the last is the body's last child).</summary>
    public IReadOnlyList<W.SectionProperties> Sections => [.. Body.Descendants<W.SectionProperties>()];

    /// <summary>The plain text of an element: its w:t contents, paragraphs separated by new lines.</summary>
    public static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) =>
        element is W.Paragraph paragraph
            ? string.Concat(paragraph.Descendants<W.Text>().Select(t => t.Text))
            : string.Join("\n", element.Descendants<W.Paragraph>().Select(TextOf));

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
