namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// A tagging instruction (begin a structure element, a link or an artifact; end one). Dropping every
/// <see cref="MarkOp"/> of a piece gives the same drawing untagged, as a repeated table header needs.
/// </summary>
internal abstract record MarkOp : DrawOp
{
    /// <inheritdoc/>
    public override DrawOp Moved(double dx, double dy) => this;
}
