using ReportGen.Composition.Text;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Composition;

/// <summary>
/// What an indicator's directions of travel compare, in words a key can print (<c>indicator.dot_short_compares</c>,
/// <c>indicator.dot_long_compares</c>), and the period's change on the same period last year
/// (<c>indicator.period_change</c>, <c>+16.0%</c>). The words follow the calculation's rule (docs/calculation.md,
/// Direction of travel): the short term compares the periods for a count (aggregation <c>sum</c>) or basis
/// <c>period</c>, else the years to date; the long term compares the years to date for basis <c>ytd</c>, else the periods.
/// </summary>
internal static class ComparisonVariables
{
    /// <summary>Adds the variables of <paramref name="result"/>, reported for <paramref name="period"/>, to its indicator's <paramref name="hash"/>.</summary>
    public static void AddTo(LiquidMap hash, IndicatorResult result, Period? period)
    {
        hash["period_change"] = result.Period.Suppressed || result.SamePeriodLastYear.Suppressed
            ? Core.Disclosure.Confidential.Symbol
            : Display.Change(PeriodChangePercent(result));
        hash["dot_short_compares"] = period is { } p ? ShortTerm(result, p) : string.Empty;
        hash["dot_long_compares"] = period is { } q ? LongTerm(result, q) : string.Empty;
    }

    /// <summary>The period's change on the same period last year, in per cent; <see langword="null"/> when either is missing or last year's is zero.</summary>
    public static decimal? PeriodChangePercent(IndicatorResult result) =>
        result.Period.Value is { } now && result.SamePeriodLastYear.Value is { } before && before != 0
            ? (now - before) / Math.Abs(before) * 100m
            : null;

    /// <summary>"the quarter against the one before (Q3 2016/17 against Q2 2016/17)", or the years to date.</summary>
    public static string ShortTerm(IndicatorResult result, Period period)
    {
        var kind = Kind(period);
        return Comparisons.ShortTermComparesPeriods(result.Definition)
            ? $"the {kind} against the {kind} before ({Display.PeriodShort(period)} against {Display.PeriodShort(period.Previous)})"
            : $"the year to date against the year to date a {kind} earlier ({PackVariables.MonthRange(period.YearToDate)} against {PackVariables.MonthRange(period.Previous.YearToDate)})";
    }

    /// <summary>"the year to date against the same period last year (April to December 2016 against April to December 2015)", or the periods.</summary>
    public static string LongTerm(IndicatorResult result, Period period) =>
        Comparisons.LongTermComparesYearsToDate(result.Definition)
            ? $"the year to date against the same period last year ({PackVariables.MonthRange(period.YearToDate)} against {PackVariables.MonthRange(period.SamePeriodLastYear.YearToDate)})"
            : $"the {Kind(period)} against the same {Kind(period)} last year ({Display.PeriodShort(period)} against {Display.PeriodShort(period.SamePeriodLastYear)})";

    private static string Kind(Period period) => period.Kind.ToString().ToLowerInvariant();
}
