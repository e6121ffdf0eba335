using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Draws a straight line, solid unless <paramref name="Dash"/> says otherwise.</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, Rgb Color, double Width, LineDash Dash = LineDash.Solid) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) =>
        this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };
}
