using ReportGen.Core.Analytics;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Adds the figures beyond the contract's to an indicator's result: the year-end forecast, the rolling twelve
/// months and since-start cumulative windows, the rank among breakdown groups, equality gaps, survey statistics
/// and how current the data is. docs/calculation.md says what each is.
/// </summary>
internal static class IndicatorAnalytics
{
    /// <summary><paramref name="result"/> with its analytics, from the whole's <paramref name="series"/>.</summary>
    public static IndicatorResult Add(IndicatorResult result, Series series, Period period, TargetRange? range, ICollection<Problem> warnings)
    {
        var definition = result.Definition;
        var start = period.Year.StartMonth;
        var end = period.Span.Last;
        var lastYearFull = SpanAggregator.Aggregate(series, period.Year.Previous.Span, definition.Aggregation, definition.Unit, start);
        var rolling = SpanAggregator.Aggregate(series, new MonthSpan(end.AddMonths(-11), end), definition.Aggregation, definition.Unit, start);
        var (last, stale, lag) = DataCompleteness.Of(series, period, definition.AllowedLag);
        if (stale == true && !result.NotDue)
        {
            warnings.Add(Problem.Warning(null, StaleWords(definition, period, last, lag)));
        }

        var withFigures = result with
        {
            Forecast = YearEndForecaster.Forecast(
                definition.Aggregation, result.Ytd.Value, result.YtdLastYear.Value, lastYearFull.Value, period.YearToDate.MonthCount),
            Rolling12 = rolling.Aggregate,
            Cumulative = Cumulative(definition, series, period, warnings),
            LastDataPeriod = last,
            Stale = stale,
        };

        return withFigures with
        {
            Rank = Rank(withFigures, range, warnings),
            Gaps = EqualityGaps.Of(withFigures, warnings),
            Survey = SurveyStatistics.Of(withFigures),
        };
    }

    private static Aggregate Cumulative(IndicatorDefinition definition, Series series, Period period, ICollection<Problem> warnings)
    {
        if (definition.CumulativeFrom is not { } from || series.IsEmpty)
        {
            return Aggregate.None;
        }

        if (from > period.Span.Last)
        {
            warnings.Add(Problem.Warning(null,
                $"{definition.Id}: cumulative_from {from} is after the end of {period}, so it has no cumulative figure"));
            return Aggregate.None;
        }

        var figure = SpanAggregator.Aggregate(series, new MonthSpan(from, period.Span.Last), definition.Aggregation, definition.Unit, period.Year.StartMonth);
        var what = $"the cumulative figure from {from} to {period.Span.Last} is blank";
        switch (figure.Reason)
        {
            case BlankReason.Missing:
                warnings.Add(Problem.Warning(null, $"{definition.Id}: no data for {PeriodWords.List(PeriodWords.Runs(figure.Missing))}, so {what}"));
                break;
            case BlankReason.TooCoarse:
                warnings.Add(Problem.Warning(null, $"{definition.Id}: the data is too coarse to start at {from}, so {what}; start it where a period of the data starts"));
                break;
            case BlankReason.ZeroDenominator:
                warnings.Add(Problem.Warning(null, $"{definition.Id}: the denominator is 0, so {what}"));
                break;
        }

        return figure.Aggregate;
    }

    private static PeerRank? Rank(IndicatorResult result, TargetRange? range, ICollection<Problem> warnings)
    {
        var definition = result.Definition;
        if (definition.Rank is not { } settings)
        {
            return null;
        }

        var groups = result.Breakdowns
            .Select(b => (b.Breakdown, Value: RatedOf(definition, b.Period, b.Ytd)))
            .Where(g => g.Value is not null)
            .Select(g => (g.Breakdown, g.Value!.Value))
            .ToList();
        var rank = PeerRanking.Rank(groups, settings.Self, definition.Polarity, range);
        if (rank is null && definition.Polarity != Polarity.Neutral)
        {
            var why = groups.Exists(g => g.Breakdown == settings.Self)
                ? "polarity band needs a range to rank by"
                : $"no breakdown group '{settings.Self}' has a figure to rank ({groups.Count} {(groups.Count == 1 ? "group has" : "groups have")} one)";
            warnings.Add(Problem.Warning(null, $"{definition.Id}: has no rank: {why}"));
        }

        return rank;
    }

    /// <summary>The rated figure (by basis) of a whole or a group.</summary>
    internal static decimal? RatedOf(IndicatorDefinition definition, Aggregate period, Aggregate ytd) =>
        definition.Rag.Basis == RatingBasis.Period ? period.Value : ytd.Value;

    private static string StaleWords(IndicatorDefinition definition, Period period, Period? last, int? lag) => last is { } found
        ? $"{definition.Id}: its latest data is for {found}, {lag} {(lag == 1 ? "month" : "months")} before the end of {period}, "
          + $"more than the {definition.AllowedLag} allowed (allowed_lag), so its figures are stale"
        : $"{definition.Id}: has no data up to the end of {period}, so its figures are stale";
}
