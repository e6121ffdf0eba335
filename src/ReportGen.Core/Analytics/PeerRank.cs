namespace ReportGen.Core.Analytics;

/// <summary>Where "us" stands among the breakdown groups: 6th of 43. Rank 1 is the best by polarity; ties share a rank.</summary>
/// <param name="Position">The rank, 1 for the best; groups tied with others share the best rank of the tie (1, 2, 2, 4).</param>
/// <param name="Of">How many groups have a figure to rank.</param>
/// <param name="Self">The group ranked.</param>
/// <param name="Tied">Whether another group has exactly the same figure.</param>
public sealed record PeerRank(int Position, int Of, string Self, bool Tied)
{
    /// <summary>The rank as packs say it: <c>6th of 43</c>, <c>=2nd of 5</c> when tied.</summary>
    public override string ToString() => $"{(Tied ? "=" : string.Empty)}{Ordinal(Position)} of {Of}";

    /// <summary>1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st.</summary>
    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}{suffix}";
    }
}
