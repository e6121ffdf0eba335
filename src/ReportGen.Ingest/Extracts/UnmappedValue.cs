using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>A category value of a record-level extract that no node maps: how many records have it and where the first is.</summary>
/// <param name="name">The value, trimmed (empty for a blank category).</param>
/// <param name="first">Where its first record's category is.</param>
internal sealed class UnmappedValue(string name, SourceLocation first)
{
    /// <summary>The value, trimmed (empty for a blank category).</summary>
    public string Name { get; } = name;

    /// <summary>Where its first record's category is.</summary>
    public SourceLocation First { get; } = first;

    /// <summary>How many records have it.</summary>
    public long Count { get; set; }
}
