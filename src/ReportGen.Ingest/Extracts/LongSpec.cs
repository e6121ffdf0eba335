using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// A measures CSV (the long form, contract section 2) whose breakdown column has a name of its own
/// (<c>columns: { breakdown: borough }</c>): that column is read as the <c>breakdown</c> column, and its groups are of
/// the breakdown of that name, as a record-level extract's or a wide table's are (<c>reportgen build --for-each</c>).
/// </summary>
/// <param name="Location">Where the project file's entry is.</param>
/// <param name="Breakdown">The column of breakdown groups.</param>
internal sealed record LongSpec(SourceLocation Location, ColumnName Breakdown) : ShapeSpec(Location);
