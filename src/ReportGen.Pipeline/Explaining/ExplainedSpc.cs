namespace ReportGen.Pipeline.Explaining;

/// <summary>The XmR chart verdict at the last point.</summary>
/// <param name="Mean">The last segment's mean.</param>
/// <param name="LowerLimit">Its lower process limit.</param>
/// <param name="UpperLimit">Its upper process limit.</param>
/// <param name="LastPeriod">The last point's period.</param>
/// <param name="LastValue">The last point's value.</param>
/// <param name="Rule">The rule flagging the last point (<c>outside_limits</c>, <c>shift</c>, <c>trend</c> …), if any.</param>
/// <param name="Variation"><c>common</c>, <c>improvement</c> or <c>concern</c>.</param>
/// <param name="Assurance">The limits against the target: <c>pass</c>, <c>fail</c>, <c>inconsistent</c>; <see langword="null"/> without one.</param>
public sealed record ExplainedSpc(decimal Mean, decimal LowerLimit, decimal UpperLimit, string? LastPeriod, decimal? LastValue, string? Rule, string Variation, string? Assurance);
