using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// A page after layout: its geometry and furniture, and its content as a display list (with room for
/// <paramref name="expectedOps"/> instructions to start with).
/// </summary>
internal sealed class LaidOutPage(PageBox geometry, PageFurniture furniture, int expectedOps = 0)
{
    /// <summary>Size and margins.</summary>
    public PageBox Geometry { get; } = geometry;

    /// <summary>The section's running header, footer and marking.</summary>
    public PageFurniture Furniture { get; } = furniture;

    /// <summary>The content, in reading order, in page coordinates.</summary>
    public List<DrawOp> Ops { get; } = new(expectedOps);
}
