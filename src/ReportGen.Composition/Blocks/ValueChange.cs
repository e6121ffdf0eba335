using ReportGen.Core.Results;

namespace ReportGen.Composition.Blocks;

/// <summary>Whether the figure a direction of travel compares went up, for arrows that follow the value.</summary>
internal static class ValueChange
{
    public static bool? ShortTerm(IndicatorResult result) => Rose(Comparisons.ShortTerm(result));

    public static bool? LongTerm(IndicatorResult result) => Rose(Comparisons.LongTerm(result));

    private static bool? Rose((decimal? Current, decimal? Earlier) pair) =>
        pair is { Current: { } current, Earlier: { } earlier } ? current > earlier : null;
}
