namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// One instruction of a page's display list: the layout engine produces them with coordinates relative to the
/// piece being laid out, moves them into place, and <see cref="Writing.PagePainter"/> plays them into a page.
/// Coordinates are points from the top-left corner, y growing downwards.
/// </summary>
internal abstract record DrawOp
{
    /// <summary>The same instruction, moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public abstract DrawOp Moved(double dx, double dy);
}
