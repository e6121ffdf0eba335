namespace ReportGen.Core.Disclosure;

/// <summary>An indicator whose figures are the sum of other indicators' (All crime = victim-based crime + crimes against society).</summary>
/// <param name="Total">The total's id.</param>
/// <param name="Parts">The ids of its parts.</param>
public sealed record IndicatorTotal(string Total, IReadOnlyList<string> Parts);
