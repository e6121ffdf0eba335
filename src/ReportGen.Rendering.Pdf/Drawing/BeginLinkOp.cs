namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Begins a Link element with a link annotation over the given rectangle.</summary>
/// <param name="X">The left of the link area.</param>
/// <param name="Y">The top of the link area.</param>
/// <param name="Width">The width of the link area.</param>
/// <param name="Height">The height of the link area.</param>
/// <param name="Url">The address followed.</param>
/// <param name="Description">The annotation's /Contents, read out by screen readers.</param>
/// <param name="Anchor">For a link inside the document: the anchor it goes to (the address is then unused).</param>
internal sealed record BeginLinkOp(double X, double Y, double Width, double Height, string Url, string Description, string? Anchor = null) : MarkOp
{
    /// <summary>
    /// The areas of the same link on the lines after the first, when its text wraps (one annotation covers them all,
    /// with a quadrilateral per line); empty for a link on one line.
    /// </summary>
    public IReadOnlyList<LinkArea> MoreAreas { get; init; } = [];

    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with
    {
        X = X + dx,
        Y = Y + dy,
        MoreAreas = [.. MoreAreas.Select(a => a with { X = a.X + dx, Y = a.Y + dy })],
    };

    /// <summary>The first line's area and then the others'.</summary>
    public IEnumerable<LinkArea> Areas => MoreAreas.Prepend(new LinkArea(X, Y, Width, Height));

    /// <summary>Whether <paramref name="next"/> goes where this link goes.</summary>
    public bool SameTarget(BeginLinkOp next) => Anchor is null
        ? next.Anchor is null && string.Equals(Url, next.Url, StringComparison.Ordinal)
        : string.Equals(Anchor, next.Anchor, StringComparison.Ordinal);
}

/// <summary>One line's part of a link: its rectangle, from the top-left, y growing downwards.</summary>
/// <param name="X">The left.</param>
/// <param name="Y">The top.</param>
/// <param name="Width">The width.</param>
/// <param name="Height">The height.</param>
internal sealed record LinkArea(double X, double Y, double Width, double Height);
