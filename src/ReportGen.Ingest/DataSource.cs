using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest;

/// <summary>A CSV extract the project file lists under <c>data:</c>.</summary>
/// <param name="Path">The file's absolute path.</param>
/// <param name="Encoding">The encoding the project file names for it.</param>
/// <param name="Location">Where the project file lists it.</param>
public sealed record DataSource(string Path, DataEncoding Encoding, SourceLocation Location);
