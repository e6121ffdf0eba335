using ReportGen.Core.Results;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// Whether the figure a direction of travel compares went up, for arrows that follow the value, and the plain change
/// of a data-only (contextual) indicator: an increase, a decrease or no change, with no judgement of better or worse.
/// </summary>
internal static class ValueChange
{
    public static bool? ShortTerm(IndicatorResult result) => Rose(Comparisons.ShortTerm(result));

    public static bool? LongTerm(IndicatorResult result) => Rose(Comparisons.LongTerm(result));

    /// <summary>
    /// <c>increase</c>, <c>decrease</c> or <c>no change</c> from the earlier figure to the later one (no change also when
    /// the direction of travel is <c>same</c>, within the <c>dot_threshold</c>); empty when either figure is missing.
    /// </summary>
    public static string Word((decimal? Current, decimal? Earlier) pair, Direction? direction) => pair switch
    {
        { Current: { } now, Earlier: { } then } when now == then || direction == Direction.Same => "no change",
        { Current: { } now, Earlier: { } then } => now > then ? "increase" : "decrease",
        _ => string.Empty,
    };

    private static bool? Rose((decimal? Current, decimal? Earlier) pair) =>
        pair is { Current: { } current, Earlier: { } earlier } ? current > earlier : null;
}
