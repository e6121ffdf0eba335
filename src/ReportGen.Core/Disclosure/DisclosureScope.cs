using ReportGen.Core.Data;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Disclosure;

/// <summary>
/// Which indicators disclosure control applies to, and the counts of a figure: counts (<c>sum</c> or <c>latest</c> of
/// unit <c>count</c> or <c>number</c>) by their value, and rates (<c>ratio</c>) by their numerator and denominator.
/// Means, money, days and percentages given without their parts have no counts to suppress.
/// </summary>
public static class DisclosureScope
{
    /// <summary>Whether <paramref name="definition"/>'s figures are counts or rates built from counts.</summary>
    public static bool HasCounts(IndicatorDefinition definition) =>
        definition.Aggregation == Aggregation.Ratio
        || (definition.Aggregation is Aggregation.Sum or Aggregation.Latest && definition.Unit is Unit.Count or Unit.Number);

    /// <summary>The threshold that applies to <paramref name="definition"/>: its own, else the project's; 0 for none.</summary>
    internal static int Threshold(IndicatorDefinition definition, DisclosureRules rules) =>
        rules.Enabled && HasCounts(definition) ? definition.SuppressBelow ?? rules.SuppressBelow ?? 0 : 0;

    /// <summary>The counts of <paramref name="figure"/>, or <see langword="null"/> when it has none (blank).</summary>
    internal static decimal[]? Weights(IndicatorDefinition definition, Aggregate figure)
    {
        if (definition.Aggregation == Aggregation.Ratio)
        {
            return figure is { Numerator: { } numerator, Denominator: { } denominator } ? [numerator, denominator] : null;
        }

        return figure.Value is { } value ? [value] : null;
    }

    /// <summary>Whether any of <paramref name="weights"/> is a small count: from 1 to below <paramref name="threshold"/>, or 0 when zeros are suppressed.</summary>
    internal static bool IsSmall(decimal[] weights, int threshold, bool zeros) =>
        threshold > 0 && weights.Any(w => (w > 0m && w < threshold) || (w == 0m && zeros));
}
