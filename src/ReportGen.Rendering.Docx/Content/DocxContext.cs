using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// What the content writers share while one document is written: its style, the main part (for hyperlink
/// relationships), the list numbering and the current section's text width. Relationship ids are counted, never
/// random, so the same document gives the same bytes.
/// </summary>
internal sealed class DocxContext(ReportDocument document, MainDocumentPart main)
{
    private int _relationships;
    private uint _drawings;

    public ReportDocument Document { get; } = document;

    /// <summary>The council's reference document, whose header pictures (a logo) every header starts with; none by default.</summary>
    public ReferenceDocument? Reference { get; init; }

    public DocumentStyle Style => Document.Style;

    public MainDocumentPart Main { get; } = main;

    public ListNumbering Numbering { get; } = new();

    /// <summary>The bookmarks standing for the document's anchors.</summary>
    public Bookmarks Bookmarks { get; } = new(document);

    /// <summary>The width between the current section's margins, in twips.</summary>
    public int TextWidth { get; set; }

    /// <summary>The height between the current section's top and bottom margins, in twips.</summary>
    public int TextHeight { get; set; }

    /// <summary>
    /// The estimated height in points of the headings just written at the section's top level, which keep with the
    /// block after them: a columns block kept whole must fit on a page below them.
    /// </summary>
    public double KeptAbove { get; set; }

    /// <summary>A page break was asked for and waits for the next paragraph to carry it.</summary>
    public bool PageBreakPending { get; set; }

    /// <summary>Whether the paragraph about to be written starts a new page: a waiting page break, which it takes.</summary>
    public bool TakePageBreak()
    {
        var pending = PageBreakPending;
        PageBreakPending = false;
        return pending;
    }

    /// <summary>The next relationship id of the main part: rId1, rId2, ….</summary>
    public string NextRelationshipId()
    {
        _relationships++;
        return "rId" + _relationships.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The next drawing id (<c>wp:docPr id</c>), unique in the document: 1, 2, ….</summary>
    public uint NextDrawingId() => ++_drawings;

    /// <summary>Adds an external hyperlink relationship and returns its id.</summary>
    public string AddHyperlink(string url)
    {
        var id = NextRelationshipId();
        // Composition checks addresses; one that still fails to parse is kept, escaped, rather than lost.
        var uri = Uri.TryCreate(url, UriKind.RelativeOrAbsolute, out var parsed)
            ? parsed
            : new Uri(Uri.EscapeDataString(url), UriKind.Relative);
        Main.AddHyperlinkRelationship(uri, true, id);
        return id;
    }
}
