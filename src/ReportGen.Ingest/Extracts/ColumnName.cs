using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>The header name of a column an extract's entry reads, as <c>columns:</c> names it or by default.</summary>
/// <param name="Name">The header name, matched ignoring case and surrounding spaces.</param>
/// <param name="Written">Where the project file names it; <see langword="null"/> for a default name.</param>
internal sealed record ColumnName(string Name, SourceLocation? Written);
