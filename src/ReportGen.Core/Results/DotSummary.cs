using ReportGen.Core.Indicators;

namespace ReportGen.Core.Results;

/// <summary>
/// How many indicators of a report have each short-term and long-term direction of travel (<c>dotSummary</c>, contract
/// section 4). The indicators counted are those <see cref="RagSummary"/> counts, the target indicators, so that "2 of 3
/// indicators declined" and "Of the 3 indicators 2 are Red" speak of the same three. A direction disclosure control
/// withheld, like one that cannot be had, is counted as <see cref="DirectionCounts.None"/>.
/// </summary>
/// <param name="Short">The short-term directions (against the previous period).</param>
/// <param name="Long">The long-term directions (against the same point a year earlier).</param>
public sealed record DotSummary(DirectionCounts Short, DirectionCounts Long)
{
    /// <summary>Counts the directions of <paramref name="results"/>' target indicators.</summary>
    public static DotSummary For(IEnumerable<IndicatorResult> results)
    {
        var counted = results.Where(r => r.Definition.Type == IndicatorType.Target).ToList();
        return new DotSummary(DirectionCounts.Of(counted.Select(r => r.DotShort)), DirectionCounts.Of(counted.Select(r => r.DotLong)));
    }
}

/// <summary>How many indicators have each direction of travel.</summary>
/// <param name="Better">Better than before.</param>
/// <param name="Same">The same (or within the definition's <c>dot_threshold</c>).</param>
/// <param name="Worse">Worse than before.</param>
/// <param name="None">No direction: a figure missing, no earlier figure, or polarity neutral.</param>
public sealed record DirectionCounts(int Better, int Same, int Worse, int None)
{
    /// <summary>All indicators counted.</summary>
    public int Total => Better + Same + Worse + None;

    /// <summary>Counts <paramref name="directions"/>.</summary>
    public static DirectionCounts Of(IEnumerable<Direction?> directions)
    {
        int better = 0, same = 0, worse = 0, none = 0;
        foreach (var direction in directions)
        {
            switch (direction)
            {
                case Direction.Better: better++; break;
                case Direction.Same: same++; break;
                case Direction.Worse: worse++; break;
                default: none++; break;
            }
        }

        return new DirectionCounts(better, same, worse, none);
    }

    /// <summary>The count of <paramref name="direction"/> (<see langword="null"/> for no direction).</summary>
    public int Count(Direction? direction) => direction switch
    {
        Direction.Better => Better,
        Direction.Same => Same,
        Direction.Worse => Worse,
        _ => None,
    };

    /// <summary>The share of all counted indicators with <paramref name="direction"/>, as a percentage; <see langword="null"/> when none are counted.</summary>
    public decimal? Percent(Direction? direction) => Total == 0 ? null : Count(direction) * 100m / Total;
}
