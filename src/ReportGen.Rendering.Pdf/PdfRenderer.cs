using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Writing;

namespace ReportGen.Rendering.Pdf;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as a tagged, A4 PDF with embedded font subsets, written by ReportGen itself
/// (<see cref="DocumentWriter"/>), no PDF library involved. The whole document is laid out before anything is drawn,
/// so page numbers can say "Page 3 of 9"; the same document always gives the same bytes.
/// </summary>
public sealed class PdfRenderer : IDocumentRenderer, IPageNumbering
{
    readonly PdfFontSet _fonts;

    /// <summary>A renderer that sets text in <paramref name="fonts"/>, or in Liberation Sans, which ships inside this assembly.</summary>
    public PdfRenderer(PdfFontSet? fonts = null) => _fonts = fonts ?? BuiltInFonts.Default;

    /// <inheritdoc/>
    public string Format => "pdf";

    /// <summary>
    /// Whether to write PDF/A-2a for archiving (an sRGB output intent and the <c>pdfaid</c> identification, beside
    /// PDF/UA-1), rather than plain PDF/UA-1.
    /// </summary>
    public bool PdfA { get; init; }

    /// <summary>
    /// The page number (as the page furniture numbers pages) each anchor of <paramref name="document"/> lands on when
    /// this renderer lays it out; empty, without laying anything out, when the document has no page references. Other
    /// formats show these until they lay their own pages out (<see cref="ReportDocument.ExpectedAnchorPages"/>).
    /// </summary>
    public IReadOnlyDictionary<string, int> AnchorPages(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!PageReferences.Any(document))
        {
            return new Dictionary<string, int>();
        }

        var fonts = new FontBook(_fonts);
        var pages = DocumentLayout.Paginate(document, new LayoutContext(fonts, document.Style, document.Layout));
        return DocumentLayout.AnchorPages(pages, document.FirstPageNumber);
    }

    /// <inheritdoc/>
    public void Render(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        var fonts = new FontBook(_fonts);
        var context = new LayoutContext(fonts, document.Style, document.Layout);
        var pages = DocumentLayout.Paginate(document, context);

        output.Write(DocumentWriter.Write(pages, document, context, PdfA));
    }
}
