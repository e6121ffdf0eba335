using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Strokes a line through <paramref name="Points"/> in order (a chart series' run between gaps).</summary>
/// <param name="Points">Two or more points.</param>
/// <param name="Color">The colour.</param>
/// <param name="Width">The width in points.</param>
/// <param name="Dash">The dash pattern.</param>
internal sealed record PolylineOp(IReadOnlyList<(double X, double Y)> Points, Rgb Color, double Width, LineDash Dash) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with { Points = [.. Points.Select(p => (p.X + dx, p.Y + dy))] };
}
