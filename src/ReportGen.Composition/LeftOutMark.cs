using ReportGen.Documents.Model;

namespace ReportGen.Composition;

/// <summary>
/// Where the edition left something out (a restricted template block, a restricted narrative section): a mark among
/// a section's composed blocks that <see cref="WithheldHeadings"/> reads and takes away, so that no renderer sees it.
/// </summary>
internal sealed record LeftOutMark : Block
{
    /// <summary>The mark.</summary>
    public static LeftOutMark Instance { get; } = new();
}
