using ReportGen.Core.Indicators;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Whether a figure is off target: worse than the target, in the polarity's sense, by more than the
/// tolerance allows. Exactly at the edge of the tolerance is within it.
/// </summary>
internal static class TolerancePolicy
{
    /// <summary>The allowed distance from <paramref name="target"/>: 5% of |target|, an absolute amount, or percentage points; 0 without a tolerance.</summary>
    public static decimal Allowance(Tolerance? tolerance, decimal target) => tolerance?.AllowanceFor(target) ?? 0m;

    /// <summary>Whether <paramref name="value"/> is off <paramref name="target"/> for a higher- or lower-is-better indicator.</summary>
    public static bool IsOffTarget(decimal value, decimal target, decimal allowance, Polarity polarity) => polarity switch
    {
        Polarity.Higher => value < target - allowance,
        Polarity.Lower => value > target + allowance,
        _ => Math.Abs(value - target) > allowance,
    };

    /// <summary>
    /// The allowance around a target range: a percentage tolerance is taken of the bound the value is beyond
    /// (or, inside the range, of the nearer bound); other tolerances are their amount.
    /// </summary>
    public static decimal Allowance(Tolerance? tolerance, TargetRange range, decimal value)
    {
        if (tolerance is null)
        {
            return 0m;
        }

        var bound = NearerBound(range, value);
        return tolerance.Kind == ToleranceKind.PercentOfTarget && bound is null ? 0m : tolerance.AllowanceFor(bound ?? 0m);
    }

    /// <summary>Whether <paramref name="value"/> lies further outside <paramref name="range"/> than <paramref name="allowance"/>.</summary>
    public static bool IsOffRange(decimal value, TargetRange range, decimal allowance) => range.DistanceFrom(value) > allowance;

    private static decimal? NearerBound(TargetRange range, decimal value) => (range.Min, range.Max) switch
    {
        ({ } min, { } max) => Math.Abs(value - min) <= Math.Abs(value - max) ? min : max,
        ({ } min, null) => min,
        (null, { } max) => max,
        _ => null,
    };
}
