using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Data;

/// <summary>
/// One row of the measures data: an indicator's value (or numerator and denominator) for one period, for the
/// whole area or for one breakdown group. Rows may also carry only a target or a manual rating.
/// </summary>
/// <param name="IndicatorId">The indicator the row belongs to.</param>
/// <param name="Period">The period the row covers.</param>
/// <param name="Breakdown">The group (ethnicity, borough…); <see langword="null"/> for the whole.</param>
/// <param name="Value">The value, in display units (28.8 for 28.8%).</param>
/// <param name="Numerator">For rates: the numerator.</param>
/// <param name="Denominator">For rates: the denominator.</param>
/// <param name="Target">A target for this period, overriding the definition's.</param>
/// <param name="Rating">A manual rating, for <c>rag: { method: manual }</c>.</param>
public sealed record Observation(
    string IndicatorId,
    Period Period,
    string? Breakdown,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    decimal? Target,
    Rag? Rating)
{
    /// <summary>Whether the row's figure is provisional (the CSV's <c>provisional</c> column), to be marked in packs.</summary>
    public bool Provisional { get; init; }

    /// <summary>
    /// The name of the breakdown <see cref="Breakdown"/> is a group of: the data's column that holds it (<c>borough</c>
    /// for a record-level extract's <c>columns: { breakdown: borough }</c>, <c>breakdown</c> for a measures CSV); none
    /// for the whole. <c>reportgen build --for-each borough</c> builds a pack for each group of that name.
    /// </summary>
    public string? BreakdownName { get; init; }

    /// <summary>
    /// Where the row was read (the data file's line; for counts of a record-level extract, the extract's entry in the
    /// project file), for <c>reportgen explain</c>; <see langword="null"/> for rows made in code.
    /// </summary>
    public SourceLocation? Source { get; init; }

    /// <summary>
    /// The "no value" marker the row's figure was written as (<c>N/A</c>, <c>Not available</c>, <c>[x]</c> …, as
    /// written), when it has no figure for that reason; <see langword="null"/> for a figure, or a blank.
    /// </summary>
    public string? NotAvailable { get; init; }

    /// <summary>Whether the row carries a figure (a value, or a numerator and denominator).</summary>
    public bool HasFigure => Value is not null || (Numerator is not null && Denominator is not null);
}
