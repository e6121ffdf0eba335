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
    public static (decimal? Current, decimal? Earlier) ShortTerm(IndicatorResult result) =>
        ShortTermComparesPeriods(result.Definition)
            ? (result.Period.Value, result.PreviousPeriod.Value)
            : (result.Ytd.Value, result.PreviousYtd.Value);

    /// <summary>
    /// Whether the short term compares the period with the previous period (basis <c>period</c>, or aggregation
    /// <c>sum</c>) rather than the year to date with the previous year to date.
    /// </summary>
    public static bool ShortTermComparesPeriods(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Rag.Basis == RatingBasis.Period || definition.Aggregation == Aggregation.Sum;
    }

    /// <summary>Whether the long term compares the years to date (basis <c>ytd</c>) rather than the periods.</summary>
    public static bool LongTermComparesYearsToDate(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Rag.Basis == RatingBasis.Ytd;
    }

    /// <summary>Long term: the year to date against last year's (basis <c>ytd</c>), or the period against the same period last year.</summary>
    public static (decimal? Current, decimal? Earlier) LongTerm(IndicatorResult result) =>
        LongTermComparesYearsToDate(result.Definition)
            ? (result.Ytd.Value, result.YtdLastYear.Value)
            : (result.Period.Value, result.SamePeriodLastYear.Value);
}
