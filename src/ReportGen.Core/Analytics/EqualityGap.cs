using ReportGen.Core.Indicators;

namespace ReportGen.Core.Analytics;

/// <summary>One group's gap to the whole: its rated figure minus the whole's (percentage points for a percent).</summary>
/// <param name="Breakdown">The group.</param>
/// <param name="Value">The group's rated figure, if it has one.</param>
/// <param name="Gap">The group's figure minus the whole's; <see langword="null"/> when either is missing.</param>
/// <param name="Rag">Green within the band (the edge is within), Red beyond <see cref="GapSettings.RedBeyond"/>, Amber otherwise; <see langword="null"/> without a gap.</param>
public sealed record EqualityGap(string Breakdown, decimal? Value, decimal? Gap, Rag? Rag)
{
    /// <summary>Whether disclosure control withheld the group's figure, gap and rating (all then <see langword="null"/>).</summary>
    public bool Suppressed { get; init; }
}
