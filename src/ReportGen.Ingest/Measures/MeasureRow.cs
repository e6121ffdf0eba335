using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Measures;

/// <summary>One row read from a measures CSV, with where it and its figures are, for the checks across rows.</summary>
/// <param name="Observation">What the row says.</param>
/// <param name="Location">The row's line (column 1).</param>
/// <param name="Fields">Where each column's field of the row is.</param>
internal sealed record MeasureRow(Observation Observation, SourceLocation Location, IReadOnlyDictionary<MeasureColumn, SourceLocation> Fields);
