namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// Marks where a heading starts, drawing nothing: the place an anchor names (for page references and links inside
/// the document) and an outline entry (bookmark) goes to.
/// </summary>
/// <param name="Anchor">The heading's anchor, if it has one.</param>
/// <param name="Level">The heading's level (1 to 4).</param>
/// <param name="Title">The heading's text, for the outline.</param>
/// <param name="X">The left of the heading.</param>
/// <param name="Y">The top of the heading.</param>
internal sealed record DestinationOp(string? Anchor, int Level, string Title, double X, double Y) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
