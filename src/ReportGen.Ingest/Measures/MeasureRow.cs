using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Measures;

/// <summary>One row read from a measures CSV, with where it and its figures are, for the checks across rows.</summary>
/// <param name="Observation">What the row says.</param>
/// <param name="Location">The row's line (column 1).</param>
/// <param name="Fields">Where each column's field of the row is, indexed by <see cref="MeasureColumn"/>; null for a column the file does not have.</param>
internal sealed record MeasureRow(Observation Observation, SourceLocation Location, SourceLocation?[] Fields)
{
    /// <summary>The first column whose figure was written with a pound sign (<c>£1,250</c>), if any: only currency indicators take one.</summary>
    public MeasureColumn? Pounds { get; init; }

    /// <summary>Whether the row is a count of a record-level extract's category node (written nowhere as a row).</summary>
    public bool IsCount { get; init; }

    /// <summary>Where the field of <paramref name="column"/> is (the row's start when the file has no such column).</summary>
    public SourceLocation At(MeasureColumn column) => Fields[(int)column] ?? Location;
}
