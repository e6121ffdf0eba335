using ReportGen.Core.Indicators;

namespace ReportGen.Core.Analytics;

/// <summary>
/// Ranks one group among its peers by polarity: rank 1 is the best (the highest for <c>higher</c>, the lowest for
/// <c>lower</c>, the nearest the range for <c>band</c>), figures compared at full precision, and tied groups share
/// the best rank of their tie ("standard competition" ranking: 1, 2, 2, 4). The order the groups come in changes
/// nothing.
/// </summary>
internal static class PeerRanking
{
    /// <summary>
    /// The rank of <paramref name="self"/> among <paramref name="groups"/>; <see langword="null"/> when it is not
    /// among them or the polarity has no better way (neutral, or band without a range).
    /// </summary>
    public static PeerRank? Rank(IReadOnlyList<(string Name, decimal Value)> groups, string self, Polarity polarity, TargetRange? range)
    {
        if (polarity == Polarity.Neutral || (polarity == Polarity.Band && range is null))
        {
            return null;
        }

        var own = groups.Where(g => string.Equals(g.Name, self, StringComparison.Ordinal)).ToList();
        if (own.Count != 1)
        {
            return null;
        }

        var score = Score(own[0].Value, polarity, range);
        var better = groups.Count(g => Score(g.Value, polarity, range) > score);
        var tied = groups.Count(g => Score(g.Value, polarity, range) == score) > 1;
        return new PeerRank(better + 1, groups.Count, self, tied);
    }

    // Larger is better.
    private static decimal Score(decimal value, Polarity polarity, TargetRange? range) => polarity switch
    {
        Polarity.Higher => value,
        Polarity.Lower => -value,
        _ => -range!.DistanceFrom(value),
    };
}
