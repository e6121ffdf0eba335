using ReportGen.Core.Data;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Disclosure;

/// <summary>An indicator's figures over spans of months (not its series or groups), by name, with the months each covers.</summary>
internal static class ResultFigures
{
    /// <summary>The figures that have a span, in a fixed order.</summary>
    public static IEnumerable<(string Name, Aggregate Figure, MonthSpan Span)> Of(IndicatorResult result, Period period)
    {
        var end = period.Span.Last;
        yield return (nameof(IndicatorResult.Period), result.Period, period.Span);
        yield return (nameof(IndicatorResult.PreviousPeriod), result.PreviousPeriod, period.Previous.Span);
        yield return (nameof(IndicatorResult.SamePeriodLastYear), result.SamePeriodLastYear, period.SamePeriodLastYear.Span);
        yield return (nameof(IndicatorResult.Ytd), result.Ytd, period.YearToDate);
        yield return (nameof(IndicatorResult.YtdLastYear), result.YtdLastYear, period.SamePeriodLastYear.YearToDate);
        yield return (nameof(IndicatorResult.PreviousYtd), result.PreviousYtd, period.Previous.YearToDate);
        yield return (nameof(IndicatorResult.Rolling12), result.Rolling12, new MonthSpan(end.AddMonths(-11), end));
        if (result.Definition.CumulativeFrom is { } from && from <= end)
        {
            yield return (nameof(IndicatorResult.Cumulative), result.Cumulative, new MonthSpan(from, end));
        }
    }

    /// <summary><paramref name="result"/> with the figure called <paramref name="name"/> replaced.</summary>
    public static IndicatorResult With(IndicatorResult result, string name, Aggregate figure) => name switch
    {
        nameof(IndicatorResult.Period) => result with { Period = figure },
        nameof(IndicatorResult.PreviousPeriod) => result with { PreviousPeriod = figure },
        nameof(IndicatorResult.SamePeriodLastYear) => result with { SamePeriodLastYear = figure },
        nameof(IndicatorResult.Ytd) => result with { Ytd = figure },
        nameof(IndicatorResult.YtdLastYear) => result with { YtdLastYear = figure },
        nameof(IndicatorResult.PreviousYtd) => result with { PreviousYtd = figure },
        nameof(IndicatorResult.Rolling12) => result with { Rolling12 = figure },
        nameof(IndicatorResult.Cumulative) => result with { Cumulative = figure },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a figure of an indicator result."),
    };
}
