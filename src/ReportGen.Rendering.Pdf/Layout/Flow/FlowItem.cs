namespace ReportGen.Rendering.Pdf.Layout.Flow;

/// <summary>
/// A measured piece of a section's content, ready to be placed on pages: a line or unbreakable group of lines,
/// vertical space, a forced page break or a table (which paginates itself).
/// </summary>
internal abstract class FlowItem
{
    /// <summary>The height that must fit on a page for the item to start there.</summary>
    public abstract double MinHeight { get; }

    /// <summary>Whether the item must share a page with the start of the next one (a heading, a paragraph's first line).</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>Places the item at the cursor, moving to new pages as it needs.</summary>
    public abstract void Place(PageCursor cursor);
}
