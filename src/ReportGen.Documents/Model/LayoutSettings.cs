namespace ReportGen.Documents.Model;

/// <summary>
/// Where things go on the page, shared by every renderer so that a pack's PDF and Word files agree: the page
/// geometry of each orientation and the space between blocks. Lengths are in points (spacing in ems of the
/// <see cref="DocumentStyle"/>'s sizes); each renderer converts to its own units.
/// </summary>
/// <param name="Portrait">The geometry of portrait pages.</param>
/// <param name="Landscape">The geometry of landscape pages.</param>
/// <param name="Spacing">The space around blocks.</param>
public sealed record LayoutSettings(PageGeometry Portrait, PageGeometry Landscape, BlockSpacing Spacing)
{
    /// <summary>A4 in both orientations (<see cref="PageGeometry.A4Portrait"/>, <see cref="PageGeometry.A4Landscape"/>) with the default spacing.</summary>
    public static LayoutSettings Default { get; } = new(PageGeometry.A4Portrait, PageGeometry.A4Landscape, BlockSpacing.Default);

    /// <summary>The geometry of pages in <paramref name="orientation"/>.</summary>
    public PageGeometry Page(Orientation orientation) => orientation == Orientation.Landscape ? Landscape : Portrait;
}
