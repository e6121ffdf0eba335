using ReportGen.Core.Diagnostics;

namespace ReportGen.Composition.Templates;

/// <summary>
/// The pack's "Data sources" note: the input files with their last period of data and the first 8 characters of
/// their SHA-256, so a reader can match the pack to the manifest and the files it was built from.
/// </summary>
/// <param name="Location">Where the block is written.</param>
/// <param name="Heading">The heading above the note (Liquid); none when empty.</param>
/// <param name="Level">The heading's level.</param>
/// <param name="Text">The words before the table (Liquid and Markdown; <c>{{ reportgen.version }}</c> is the version).</param>
/// <param name="Caption">What the table is, for screen readers.</param>
public sealed record DataSourcesTemplate(SourceLocation Location, string Heading, int Level, string Text, string Caption) : TemplateBlock(Location);
