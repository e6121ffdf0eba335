namespace ReportGen.Rendering.Pdf.Layout.Flow;

/// <summary>Vertical space between blocks; dropped at the top of a page.</summary>
internal sealed class Spacer(double height) : FlowItem
{
    /// <summary>The space.</summary>
    public double Height { get; } = height;

    /// <inheritdoc/>
    public override double MinHeight => 0;

    /// <inheritdoc/>
    public override void Place(PageCursor cursor)
    {
        if (!cursor.IsAtTop)
        {
            cursor.Advance(Height);
        }
    }
}
