using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>
/// Tiles counting the indicators in scope rated Green, Amber and Red (and not rated, when any are): each tile the
/// rating's colour with the word and the count, so the meaning never rests on the colour.
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Caption">What the tiles are, for screen readers.</param>
public sealed record RagTilesTemplate(SourceLocation Location, string Caption) : TemplateBlock(Location)
{
    /// <summary>What the tiles count (<c>count:</c>): the target indicators (the default), or every rating shown.</summary>
    public RagTilesCount Count { get; init; } = RagTilesCount.Indicators;
}

/// <summary>What RAG tiles count.</summary>
public enum RagTilesCount
{
    /// <summary><c>indicators</c>: each target indicator once, by its own rating (<c>summary</c>).</summary>
    Indicators,

    /// <summary>
    /// <c>ratings</c>: every rating a <c>ratings</c> column shows, each equality gap's rating included
    /// (<c>summary.ratings</c>), so the tiles add up to the ratings in the table beside them.
    /// </summary>
    Ratings,
}
