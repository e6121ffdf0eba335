using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Draws a filled marker centred on (<paramref name="X"/>, <paramref name="Y"/>), edged in white so overlapping markers stay apart.</summary>
/// <param name="X">The centre's x.</param>
/// <param name="Y">The centre's y.</param>
/// <param name="Shape">The shape.</param>
/// <param name="Size">The width of the shape in points.</param>
/// <param name="Fill">The colour.</param>
internal sealed record MarkerOp(double X, double Y, MarkerShape Shape, double Size, Rgb Fill) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
