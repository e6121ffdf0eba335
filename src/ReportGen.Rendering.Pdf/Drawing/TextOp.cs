namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Draws <paramref name="Text"/> with its baseline starting at (<paramref name="X"/>, <paramref name="Baseline"/>).</summary>
internal sealed record TextOp(double X, double Baseline, string Text, TextStyle Style) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with { X = X + dx, Baseline = Baseline + dy };
}
