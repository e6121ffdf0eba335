namespace ReportGen.Rendering.Pdf.Layout.Flow;

/// <summary>A forced page break; it does nothing at the top of an empty page, so it never makes a blank page.</summary>
internal sealed class PageBreakItem : FlowItem
{
    /// <inheritdoc/>
    public override double MinHeight => 0;

    /// <inheritdoc/>
    public override void Place(PageCursor cursor)
    {
        if (!cursor.IsAtTop)
        {
            cursor.NewPage();
        }
    }
}
