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
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
