namespace ReportGen.Pipeline.Explaining;

/// <summary>One figure worked out for the period, unrounded.</summary>
/// <param name="Name"><c>period</c>, <c>ytd</c>, <c>previousPeriod</c>, <c>samePeriodLastYear</c>, <c>ytdLastYear</c> or <c>previousYtd</c>.</param>
/// <param name="Span">The months or period it covers, in words (<c>2016/17 Q3</c>, <c>2016-04 to 2016-12</c>).</param>
/// <param name="Value">The figure; <see langword="null"/> when it cannot be had or is withheld.</param>
/// <param name="Numerator">For ratios: the summed numerators.</param>
/// <param name="Denominator">For ratios: the summed denominators.</param>
/// <param name="Suppressed">Whether disclosure control withheld it (<c>[c]</c>).</param>
public sealed record ExplainedFigure(string Name, string Span, decimal? Value, decimal? Numerator, decimal? Denominator, bool Suppressed);
