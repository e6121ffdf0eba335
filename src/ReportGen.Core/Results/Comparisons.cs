using ReportGen.Core.Indicators;

namespace ReportGen.Core.Results;

/// <summary>
/// Which two figures each direction of travel compares (contract section 3), in one place, so that the
/// calculation and the packs' arrows can never disagree.
/// </summary>
public static class Comparisons
{
    /// <summary>
    /// Short term: the period against the previous period when the basis is <c>period</c> or the aggregation is
    /// <c>sum</c> (a running total always rises); otherwise the year to date against the previous year to date.
    /// </summary>
    public static (decimal? Current, decimal? Earlier) ShortTerm(IndicatorResult result)
    {
        var definition = result.Definition;
        return definition.Rag.Basis == RatingBasis.Period || definition.Aggregation == Aggregation.Sum
            ? (result.Period.Value, result.PreviousPeriod.Value)
            : (result.Ytd.Value, result.PreviousYtd.Value);
    }

    /// <summary>Long term: the year to date against last year's (basis <c>ytd</c>), or the period against the same period last year.</summary>
    public static (decimal? Current, decimal? Earlier) LongTerm(IndicatorResult result) =>
        result.Definition.Rag.Basis == RatingBasis.Ytd
            ? (result.Ytd.Value, result.YtdLastYear.Value)
            : (result.Period.Value, result.SamePeriodLastYear.Value);
}
