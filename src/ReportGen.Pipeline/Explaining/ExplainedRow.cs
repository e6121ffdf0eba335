namespace ReportGen.Pipeline.Explaining;

/// <summary>A data row that went into the figures.</summary>
/// <param name="Source">Where it was read: <c>path:line</c> (a record-level extract's counts: its entry in the project file).</param>
/// <param name="Period">The row's period (<c>2016-10</c>, <c>2016/17 Q3</c>).</param>
/// <param name="Value">Its value, if it gives one.</param>
/// <param name="Numerator">Its numerator, for rates.</param>
/// <param name="Denominator">Its denominator, for rates.</param>
/// <param name="InPeriod">Whether it lies in the reported period (every row lies in the year to date).</param>
public sealed record ExplainedRow(string? Source, string Period, decimal? Value, decimal? Numerator, decimal? Denominator, bool InPeriod);
