using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Direction of travel in the polarity's sense: <c>better</c>, <c>worse</c> or <c>same</c> (equal, or no
/// further apart than the definition's <c>dot_threshold</c>); <see langword="null"/> when either figure is missing.
/// </summary>
internal static class DirectionOfTravel
{
    /// <summary>How <paramref name="current"/> compares with <paramref name="earlier"/>.</summary>
    /// <param name="current">The later figure.</param>
    /// <param name="earlier">The figure it is compared with.</param>
    /// <param name="polarity">Which way is good.</param>
    /// <param name="range">For band polarity: the range (closer to it is better); without it there is no direction.</param>
    /// <param name="threshold">Differences no larger than this are <c>same</c>.</param>
    public static Direction? Compare(decimal? current, decimal? earlier, Polarity polarity, TargetRange? range, decimal? threshold)
    {
        if (current is not { } now || earlier is not { } then)
        {
            return null;
        }

        decimal improvement;
        switch (polarity)
        {
            case Polarity.Higher:
                improvement = now - then;
                break;
            case Polarity.Lower:
                improvement = then - now;
                break;
            case Polarity.Neutral:
                // Neither way is better: the figures show the change, no arrow judges it.
                return null;
            default:
                if (range is null)
                {
                    return null;
                }

                improvement = range.DistanceFrom(then) - range.DistanceFrom(now);
                break;
        }

        return Math.Abs(improvement) <= (threshold ?? 0m) ? Direction.Same
            : improvement > 0m ? Direction.Better
            : Direction.Worse;
    }

    /// <summary>The direction between the two figures <see cref="Comparisons"/> picks for a direction of travel.</summary>
    public static Direction? Compare((decimal? Current, decimal? Earlier) pair, IndicatorDefinition definition, TargetRange? range) =>
        Compare(pair.Current, pair.Earlier, definition.Polarity, range, definition.DotThreshold);
}
