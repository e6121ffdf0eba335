using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Ingest;
using ReportGen.Rendering.Docx;
using ReportGen.Rendering.Html;
using ReportGen.Rendering.Pdf;
using ReportGen.Rendering.Xlsx;

namespace ReportGen.Pipeline.Stages;

/// <summary>The renderers of a build: the PDF one with the project's fonts (which also numbers pages), Word, HTML and the workbook.</summary>
/// <param name="Pdf">The PDF renderer.</param>
/// <param name="Docx">The Word renderer.</param>
/// <param name="Html">The HTML renderer.</param>
/// <param name="Xlsx">The workbook renderer (the report's tables).</param>
internal sealed record DocumentRenderers(PdfRenderer Pdf, DocxRenderer Docx, HtmlRenderer Html, XlsxRenderer Xlsx)
{
    /// <summary>
    /// The renderers for <paramref name="project"/>, PDF/A when <paramref name="pdfA"/> or the project asks; a font
    /// file that cannot be read is an error.
    /// </summary>
    public static DocumentRenderers For(ProjectFile project, bool pdfA, List<Problem> problems) =>
        For(project, pdfA, null, problems);

    /// <summary>
    /// The renderers for <paramref name="project"/>, with the house style of <paramref name="referenceDocx"/> (from
    /// the command line) or of the project file's <c>reference_docx:</c>; a file that cannot be read, or is not a
    /// Word document, is an error at its name.
    /// </summary>
    public static DocumentRenderers For(ProjectFile project, bool pdfA, string? referenceDocx, List<Problem> problems) =>
        new(
            new PdfRenderer(Fonts(project, problems)) { PdfA = pdfA || project.PdfA },
            new DocxRenderer { Reference = Reference(project, referenceDocx, problems) },
            new HtmlRenderer(),
            new XlsxRenderer())
        {
            ReferencePath = referenceDocx is not null ? Path.GetFullPath(referenceDocx) : project.ReferenceDocx,
        };

    /// <summary>The reference document's path, absolute, if the build has one (an input for the manifest).</summary>
    public string? ReferencePath { get; private init; }

    /// <summary>The inputs the renderers read besides the project's own: the reference document, if any.</summary>
    public IEnumerable<(string Path, string Role)> Inputs =>
        ReferencePath is { } path && Docx.Reference is not null ? [(path, "reference document")] : [];

    /// <summary><paramref name="document"/> in the reference document's house style, if there is one.</summary>
    public ReportDocument Styled(ReportDocument document) =>
        Docx.Reference is { } reference ? document with { Style = reference.Apply(document.Style) } : document;

    private static ReferenceDocument? Reference(ProjectFile project, string? given, List<Problem> problems)
    {
        var (path, shown) = given is not null
            ? (Path.GetFullPath(given), given)
            : project.ReferenceDocx is { } fromProject ? (fromProject, project.DisplayPath(fromProject)) : (null, null);
        if (path is null)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Error(new SourceLocation(shown!), $"the reference document cannot be read ({e.Message})"));
            return null;
        }

        project.Reads.Record(path, bytes);
        var reference = ReferenceDocument.Read(bytes, out var error);
        if (reference is null)
        {
            problems.Add(Problem.Error(new SourceLocation(shown!), $"the reference document: {error}; give a .docx or .dotx saved by Word"));
        }

        return reference;
    }

    /// <summary>The layout that says on which page each anchored heading falls.</summary>
    public IPageNumbering Pages => Pdf;

    /// <summary>The renderer of <paramref name="format"/>, one of <see cref="LoadReportInputs.DocumentFormats"/>.</summary>
    public IDocumentRenderer Of(string format) => format switch
    {
        "pdf" => Pdf,
        "docx" => Docx,
        "html" => Html,
        "xlsx" => Xlsx,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a document format"),
    };

    /// <summary>Renders <paramref name="document"/> as <paramref name="format"/>, in memory.</summary>
    public byte[] Render(string format, ReportDocument document)
    {
        using var stream = new MemoryStream();
        Of(format).Render(document, stream);
        return stream.ToArray();
    }

    private static PdfFontSet? Fonts(ProjectFile project, List<Problem> problems)
    {
        if (project.Fonts is not { } fonts)
        {
            return null;
        }

        byte[]? Read(string? path)
        {
            if (path is null)
            {
                return null;
            }

            try
            {
                var bytes = File.ReadAllBytes(path);
                project.Reads.Record(path, bytes);
                if (PdfFontSet.Problem(bytes) is { } problem)
                {
                    problems.Add(Problem.Error(new SourceLocation(project.DisplayPath(path)), $"the font file cannot be embedded in a PDF: {problem}"));
                    return null;
                }

                return bytes;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem.Error(new SourceLocation(project.DisplayPath(path)), $"the font file cannot be read ({e.Message})"));
                return null;
            }
        }

        return Read(fonts.Regular) is { } regular
            ? new PdfFontSet("project", regular, Read(fonts.Bold), Read(fonts.Italic), Read(fonts.BoldItalic))
            : null;
    }
}
