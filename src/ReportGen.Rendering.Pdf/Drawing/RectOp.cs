using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Fills and/or outlines a rectangle.</summary>
/// <param name="X">The left edge.</param>
/// <param name="Y">The top edge.</param>
/// <param name="Width">The width.</param>
/// <param name="Height">The height.</param>
/// <param name="Fill">The fill, if any.</param>
/// <param name="Stroke">The outline colour, if any.</param>
/// <param name="StrokeWidth">The outline's width in points.</param>
internal sealed record RectOp(double X, double Y, double Width, double Height, Rgb? Fill, Rgb? Stroke, double StrokeWidth = 0.5)
    : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
