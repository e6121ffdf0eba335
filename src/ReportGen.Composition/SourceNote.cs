using ReportGen.Core.Periods;

namespace ReportGen.Composition;

/// <summary>One input file of a build, as the pack's "Data sources" note lists it.</summary>
/// <param name="Path">The file's path inside the project folder, with <c>/</c>: <c>data/measures.csv</c>.</param>
/// <param name="Role">What the file is: <c>project</c>, <c>data</c>, <c>indicators</c>, <c>commentary</c>, <c>template</c> or <c>font</c>.</param>
/// <param name="Sha256">The SHA-256 of its bytes, in lower-case hex.</param>
/// <param name="LastPeriod">For a data file: the last period it has a figure for.</param>
/// <param name="RowsRead">For a data file: the rows read.</param>
/// <param name="RowsUsed">For a data file: the rows used (the rest belong to no defined indicator).</param>
public sealed record SourceNote(string Path, string Role, string Sha256, Period? LastPeriod = null, int? RowsRead = null, int? RowsUsed = null);
