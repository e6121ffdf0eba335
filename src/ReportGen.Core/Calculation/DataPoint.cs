using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>One usable figure of a series: a value (sum, mean, latest) or the parts of a rate (ratio).</summary>
/// <param name="Period">The period the figure covers.</param>
/// <param name="Value">The value, for every aggregation but ratio.</param>
/// <param name="Numerator">The numerator, for ratio.</param>
/// <param name="Denominator">The denominator, for ratio.</param>
internal sealed record DataPoint(Period Period, decimal? Value, decimal? Numerator, decimal? Denominator)
{
    /// <summary>The months the point covers (worked out once: spans are compared often).</summary>
    public MonthSpan Span { get; } = Period.Span;

    /// <summary>Whether two points give the same figure (duplicates that agree are harmless).</summary>
    public bool SameFigureAs(DataPoint other) =>
        Value == other.Value && Numerator == other.Numerator && Denominator == other.Denominator;

    /// <summary>The figure as words for messages: <c>4355</c> or <c>17/59</c>.</summary>
    public string Describe() => Value is { } value
        ? Formatting.Number(value)
        : $"{Formatting.Number(Numerator ?? 0m)}/{Formatting.Number(Denominator ?? 0m)}";
}
