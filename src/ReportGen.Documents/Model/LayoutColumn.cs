namespace ReportGen.Documents.Model;

/// <summary>One column of a <see cref="Columns"/> block.</summary>
/// <param name="Width">Its width relative to the other columns (the columns share the text width).</param>
/// <param name="Blocks">What it holds, in reading order: any block but another columns block or a page break.</param>
public sealed record LayoutColumn(double Width, IReadOnlyList<Block> Blocks);
