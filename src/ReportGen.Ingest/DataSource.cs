using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Extracts;

namespace ReportGen.Ingest;

/// <summary>A CSV extract the project file lists under <c>data:</c>.</summary>
/// <param name="Path">The file's absolute path.</param>
/// <param name="Encoding">The encoding the project file names for it.</param>
/// <param name="Location">Where the project file lists it.</param>
public sealed record DataSource(string Path, DataEncoding Encoding, SourceLocation Location)
{
    /// <summary>How the file maps onto observations when it is not a measures CSV (<c>shape: wide</c> or <c>records</c>); the files of one entry share it.</summary>
    internal ShapeSpec? Shape { get; init; }
}
