namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// One element of the structure tree (ISO 32000-1 §14.7.2): its standard type, its parent, and its kids in reading
/// order: elements, marked-content sequences on a page, and link annotations. Attributes are the ones ReportGen
/// uses: table attributes (§14.8.5.7), a figure's bounding box and alternate description, and an ID.
/// </summary>
internal sealed class StructureElement(string type, StructureElement? parent, int number)
{
    /// <summary>The structure type, such as <c>P</c> or <c>TD</c>.</summary>
    public string Type { get; } = type;

    /// <summary>The parent; <see langword="null"/> for the document element, whose parent is the tree root.</summary>
    public StructureElement? Parent { get; } = parent;

    /// <summary>The object number the element is written as.</summary>
    public int Number { get; } = number;

    /// <summary>The kids, in order.</summary>
    public List<StructureKid> Kids { get; } = [];

    /// <summary>The page (its index) of the element's first marked content, or -1 when it has none of its own.</summary>
    public int Page { get; set; } = -1;

    /// <summary>The alternate description (/Alt).</summary>
    public string? Alt { get; init; }

    /// <summary>A figure's bounding box in PDF user space: left, bottom, right, top.</summary>
    public (double Left, double Bottom, double Right, double Top)? BoundingBox { get; init; }

    /// <summary>A header cell's /Scope (Row, Column or Both).</summary>
    public string? Scope { get; init; }

    /// <summary>How many columns a cell spans.</summary>
    public int ColumnSpan { get; init; } = 1;

    /// <summary>A table's summary.</summary>
    public string? Summary { get; init; }

    /// <summary>The element's ID (a header cell's, which data cells name in /Headers).</summary>
    public string? Id { get; init; }

    /// <summary>The IDs of the header cells a data cell belongs to.</summary>
    public IReadOnlyList<string>? Headers { get; init; }
}

/// <summary>A kid of a <see cref="StructureElement"/>: an element, a marked-content sequence, or an annotation.</summary>
internal readonly record struct StructureKid(StructureElement? Element, int Page, int ContentId, int Annotation)
{
    /// <summary>A child element.</summary>
    public static StructureKid Of(StructureElement element) => new(element, -1, -1, 0);

    /// <summary>The marked-content sequence <paramref name="contentId"/> on page <paramref name="page"/>.</summary>
    public static StructureKid Content(int page, int contentId) => new(null, page, contentId, 0);

    /// <summary>The annotation written as object <paramref name="annotation"/>, on page <paramref name="page"/>.</summary>
    public static StructureKid Link(int page, int annotation) => new(null, page, -1, annotation);
}
