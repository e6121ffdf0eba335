using System.Text;
using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Html.Content;

namespace ReportGen.Rendering.Html;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as one self-contained, accessible HTML file: the language and title, a
/// skip link and a contents list, the headings in order, tables with captions and header scopes, RAG as words and
/// colour, charts as inline SVG with the PDF's alternative text, the page furniture as the page's header and footer
/// with the protective marking at the top and bottom, a print stylesheet, and no script. Every text is escaped and
/// only the links <see cref="LinkTargets"/> allows are links. The same document always gives the same bytes.
/// </summary>
public sealed class HtmlRenderer : IDocumentRenderer
{
    /// <inheritdoc/>
    public string Format => "html";

    /// <inheritdoc/>
    public void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        var html = PageWriter.Write(document);
        output.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html));
    }
}
