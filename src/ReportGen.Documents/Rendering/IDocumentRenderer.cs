using ReportGen.Documents.Model;

namespace ReportGen.Documents.Rendering;

/// <summary>Turns a <see cref="ReportDocument"/> into one file format. Renderers decide layout, never content.</summary>
public interface IDocumentRenderer
{
    /// <summary>The format's name on the command line and in project files: <c>pdf</c>, <c>docx</c>.</summary>
    string Format { get; }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>.</summary>
    void Render(ReportDocument document, Stream output);
}
