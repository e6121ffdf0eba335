namespace ReportGen.Documents.Model;

/// <summary>A run of pages with one orientation and one set of page furniture; always starts a new page.</summary>
/// <param name="Orientation">Portrait or landscape A4.</param>
/// <param name="Furniture">Running header, footer and marking for the section's pages.</param>
/// <param name="Blocks">The content, in reading order.</param>
public sealed record Section(Orientation Orientation, PageFurniture Furniture, IReadOnlyList<Block> Blocks);

/// <summary>Page orientation of A4 paper.</summary>
public enum Orientation
{
    /// <summary>210 × 297 mm.</summary>
    Portrait,

    /// <summary>297 × 210 mm.</summary>
    Landscape,
}
