using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Flow;

/// <summary>An unbreakable strip of content: a line of text, a heading, a list item's line.</summary>
/// <param name="height">Its height.</param>
/// <param name="ops">Its drawing, relative to its top-left corner.</param>
/// <param name="keepWithNext">Whether it must share a page with what follows.</param>
internal sealed class Slice(double height, IReadOnlyList<DrawOp> ops, bool keepWithNext = false) : FlowItem
{
    /// <summary>Its height.</summary>
    public double Height { get; } = height;

    /// <summary>Its drawing, relative to its top-left corner.</summary>
    public IReadOnlyList<DrawOp> Ops { get; } = ops;

    /// <inheritdoc/>
    public override double MinHeight => Height;

    /// <inheritdoc/>
    public override bool KeepWithNext { get; } = keepWithNext;

    /// <inheritdoc/>
    public override void Place(PageCursor cursor) => cursor.Put(Ops, Height);

    /// <summary>The same strip with <paramref name="before"/> drawn first and <paramref name="after"/> last.</summary>
    public Slice Wrapped(IEnumerable<DrawOp> before, IEnumerable<DrawOp> after) =>
        new(Height, [.. before, .. Ops, .. after], KeepWithNext);
}
