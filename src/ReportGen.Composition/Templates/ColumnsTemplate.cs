using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>Blocks side by side in columns (<c>columns:</c>), read column by column.</summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Columns">Two or more columns, left to right.</param>
public sealed record ColumnsTemplate(SourceLocation Location, IReadOnlyList<LayoutColumnTemplate> Columns) : TemplateBlock(Location);

/// <summary>One column of a <see cref="ColumnsTemplate"/>.</summary>
/// <param name="Width">Its width relative to the other columns.</param>
/// <param name="Blocks">Its blocks: any but columns and page breaks.</param>
public sealed record LayoutColumnTemplate(double Width, IReadOnlyList<TemplateBlock> Blocks);
