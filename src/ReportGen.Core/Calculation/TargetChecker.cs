using ReportGen.Core.Indicators;

namespace ReportGen.Core.Calculation;

/// <summary>Holds a rated figure against its target (or, for band polarity, its range) with the tolerance.</summary>
internal static class TargetChecker
{
    /// <summary>The check of <paramref name="rated"/> against <paramref name="target"/> or <paramref name="range"/>.</summary>
    /// <param name="definition">The indicator (polarity and tolerance; for target_distance, its green_within).</param>
    /// <param name="rated">The rated figure, if any.</param>
    /// <param name="target">The resolved target, if any.</param>
    /// <param name="range">For band polarity: the range the figure should lie in.</param>
    public static TargetCheck Check(IndicatorDefinition definition, decimal? rated, decimal? target, TargetRange? range)
    {
        // For target_distance, "on target" is Green: met, or short by no more than green_within.
        var tolerance = definition.Rag.Method == RagMethod.TargetDistance ? definition.Rag.GreenWithin : definition.Tolerance;
        if (definition.Polarity == Polarity.Band)
        {
            if (range is null || rated is not { } inBand)
            {
                return new TargetCheck(target, null, null);
            }

            var bandAllowance = TolerancePolicy.Allowance(tolerance, range, inBand);
            return new TargetCheck(target, bandAllowance, TolerancePolicy.IsOffRange(inBand, range, bandAllowance));
        }

        if (target is not { } goal)
        {
            return TargetCheck.None;
        }

        var allowance = TolerancePolicy.Allowance(tolerance, goal);
        return rated is { } value
            ? new TargetCheck(goal, allowance, TolerancePolicy.IsOffTarget(value, goal, allowance, definition.Polarity))
            : new TargetCheck(goal, allowance, null);
    }
}
