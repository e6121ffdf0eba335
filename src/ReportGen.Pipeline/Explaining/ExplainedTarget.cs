namespace ReportGen.Pipeline.Explaining;

/// <summary>The target the rated figure was held against.</summary>
/// <param name="Value">The target, for the rated span.</param>
/// <param name="From"><c>data</c> (a data row's target column) or <c>definition</c> (the indicator file's <c>targets:</c>).</param>
/// <param name="Source">Where: <c>path:line</c>, if known.</param>
/// <param name="Tolerance">The tolerance as written (<c>5%</c>, <c>3pp</c>, <c>10</c>), if any.</param>
/// <param name="Allowance">The distance from the target the tolerance allows, in the indicator's unit.</param>
/// <param name="RangeMin">For band polarity: the range's lower end, if any.</param>
/// <param name="RangeMax">For band polarity: the range's upper end, if any.</param>
public sealed record ExplainedTarget(decimal? Value, string? From, string? Source, string? Tolerance, decimal? Allowance, decimal? RangeMin, decimal? RangeMax);
