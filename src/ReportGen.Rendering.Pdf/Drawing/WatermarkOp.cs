namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// Draws <paramref name="Text"/> centred on (<paramref name="CenterX"/>, <paramref name="CenterY"/>), turned
/// <paramref name="Angle"/> degrees anticlockwise: a watermark across the page.
/// </summary>
internal sealed record WatermarkOp(double CenterX, double CenterY, double Angle, string Text, TextStyle Style) : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this with { CenterX = CenterX + dx, CenterY = CenterY + dy };
}
