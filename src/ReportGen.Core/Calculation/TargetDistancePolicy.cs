using ReportGen.Core.Indicators;

namespace ReportGen.Core.Calculation;

/// <summary>
/// The <c>target_distance</c> rule (contract section 3): Green when the rated figure meets its target or falls short
/// by no more than <c>green_within</c>, Amber when short by no more than <c>amber_within</c>, Red beyond. Exactly at
/// an allowance is inside it. "Short" is in the polarity's sense: below the target for <c>higher</c>, above it for
/// <c>lower</c>, either side for <c>neutral</c>, outside the range for <c>band</c>. The direction of travel plays no part.
/// </summary>
internal static class TargetDistancePolicy
{
    /// <summary>The rating of <paramref name="value"/> against <paramref name="target"/> (or, for band polarity, <paramref name="range"/>); none without a figure or a target.</summary>
    public static Rag? Rate(RagRule rule, Polarity polarity, decimal? value, decimal? target, TargetRange? range)
    {
        if (value is not { } figure)
        {
            return null;
        }

        decimal shortfall, green, amber;
        if (polarity == Polarity.Band)
        {
            if (range is null)
            {
                return null;
            }

            shortfall = range.DistanceFrom(figure);
            green = TolerancePolicy.Allowance(rule.GreenWithin, range, figure);
            amber = TolerancePolicy.Allowance(rule.AmberWithin, range, figure);
        }
        else
        {
            if (target is not { } goal)
            {
                return null;
            }

            shortfall = Shortfall(figure, goal, polarity);
            green = TolerancePolicy.Allowance(rule.GreenWithin, goal);
            amber = TolerancePolicy.Allowance(rule.AmberWithin, goal);
        }

        return shortfall <= green ? Rag.Green
            : shortfall <= amber ? Rag.Amber
            : Rag.Red;
    }

    /// <summary>How far <paramref name="value"/> falls short of <paramref name="target"/>; 0 or less when it meets it.</summary>
    public static decimal Shortfall(decimal value, decimal target, Polarity polarity) => polarity switch
    {
        Polarity.Higher => target - value,
        Polarity.Lower => value - target,
        _ => Math.Abs(value - target),
    };
}
