using ReportGen.Core.Data;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Calculation;

/// <summary>How the calculation reads one data row: whether it is for the whole, and what figure it carries.</summary>
internal static class ObservationRows
{
    /// <summary>Whether the row is for the whole area (a blank breakdown), not for one group.</summary>
    public static bool IsWhole(Observation row) => string.IsNullOrWhiteSpace(row.Breakdown);

    /// <summary>
    /// The figure the row gives for an indicator aggregated by <paramref name="aggregation"/>, or
    /// <see langword="null"/> when it gives none. A ratio needs a numerator and a denominator (a value alone
    /// cannot be combined across periods); the others use the value, or the rate of numerator and
    /// denominator when only those are given.
    /// </summary>
    public static DataPoint? PointOf(Observation row, Aggregation aggregation, Unit unit)
    {
        if (aggregation == Aggregation.Ratio)
        {
            return row is { Numerator: { } n, Denominator: { } d } ? new DataPoint(row.Period, null, n, d) : null;
        }

        if (row.Value is { } value)
        {
            return new DataPoint(row.Period, value, null, null);
        }

        return row is { Numerator: { } num, Denominator: { } den } && den != 0m
            ? new DataPoint(row.Period, Rate(num, den, unit), null, null)
            : null;
    }

    /// <summary>A rate in display units: 17 of 59 is 28.81… for a percent indicator, 0.288… otherwise.</summary>
    public static decimal Rate(decimal numerator, decimal denominator, Unit unit) =>
        unit == Unit.Percent ? numerator * 100m / denominator : numerator / denominator;
}
