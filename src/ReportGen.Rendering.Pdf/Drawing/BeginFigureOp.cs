namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// Begins a Figure structure element with its alternative text and bounding box: everything drawn until the matching
/// <see cref="EndMarkOp"/> is the figure, which a screen reader replaces with the text.
/// </summary>
/// <param name="AltText">What the figure shows, in words.</param>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">The width.</param>
/// <param name="Height">The height.</param>
internal sealed record BeginFigureOp(string AltText, double X, double Y, double Width, double Height) : MarkOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
