using ReportGen.Core.Data;

namespace ReportGen.Core.Results;

/// <summary>An indicator's figures for one breakdown group (kept apart from the whole).</summary>
/// <param name="Breakdown">The group's name as the data gives it.</param>
/// <param name="Period">The reported period's figure for the group.</param>
/// <param name="Ytd">The year-to-date figure for the group.</param>
public sealed record BreakdownResult(string Breakdown, Aggregate Period, Aggregate Ytd);
