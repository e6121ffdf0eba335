namespace ReportGen.Documents.Model;

/// <summary>
/// A finished pack as a format-neutral tree: what every renderer (PDF, Word) draws. Everything a reader sees is
/// decided here (texts, colours, what a cell says); renderers only map it to their format.
/// </summary>
/// <param name="Info">Title, language and other document properties.</param>
/// <param name="Style">Fonts, sizes and colours shared by every renderer.</param>
/// <param name="Sections">Runs of pages; each starts on a new page with its own orientation and furniture.</param>
/// <param name="FirstPageNumber">The number of the first page (79 continues an agenda's numbering).</param>
public sealed record ReportDocument(
    DocumentInfo Info,
    DocumentStyle Style,
    IReadOnlyList<Section> Sections,
    int FirstPageNumber = 1)
{
    /// <summary>Page geometry and block spacing shared by every renderer.</summary>
    public LayoutSettings Layout { get; init; } = LayoutSettings.Default;

    /// <summary>
    /// The page number each anchor is expected on, as a print layout found it (the PDF renderer's), for formats that
    /// lay pages out only when opened (Word) to show until they do; <see langword="null"/> when unknown.
    /// </summary>
    public IReadOnlyDictionary<string, int>? ExpectedAnchorPages { get; init; }

    /// <summary>
    /// The page-number text of the page at <paramref name="position"/> (1-based) in a document of
    /// <paramref name="pageCount"/> pages, in the furniture's format.
    /// </summary>
    public string PageNumberText(PageFurniture furniture, int position, int pageCount) => furniture.PageNumberFormat
        .Replace("{page}", (FirstPageNumber + position - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{pages}", (FirstPageNumber + pageCount - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The same document with <paramref name="watermark"/> across every page of every section.</summary>
    public ReportDocument WithWatermark(string watermark) => this with
    {
        Sections = [.. Sections.Select(section => section with { Furniture = section.Furniture with { Watermark = watermark } })],
    };
}
