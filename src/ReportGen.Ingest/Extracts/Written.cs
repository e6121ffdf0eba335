using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>A piece of text from the project file and where it is written.</summary>
/// <param name="Text">The text, trimmed.</param>
/// <param name="At">Where it is.</param>
internal readonly record struct Written(string Text, SourceLocation At);
