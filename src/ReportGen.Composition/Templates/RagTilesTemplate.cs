using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>
/// Tiles counting the indicators in scope rated Green, Amber and Red (and not rated, when any are): each tile the
/// rating's colour with the word and the count, so the meaning never rests on the colour.
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Caption">What the tiles are, for screen readers.</param>
public sealed record RagTilesTemplate(SourceLocation Location, string Caption) : TemplateBlock(Location);
