using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>
/// The spans of <see cref="IndicatorResult.Running"/>: the year to date at the end of each point of the series in the
/// reported financial year and the one before (a monthly table's YTD rows), and for a rate, each quarter in the series
/// and the span from <c>cumulative_from</c> to each quarter's end (a survey table's columns).
/// </summary>
internal static class RunningSpans
{
    /// <summary>The spans for <paramref name="definition"/>'s series <paramref name="points"/>, reported at <paramref name="period"/>.</summary>
    public static IReadOnlyList<MonthSpan> Of(IndicatorDefinition definition, IReadOnlyList<SeriesPoint> points, Period period)
    {
        if (points.Count == 0 || points[0].Period.Kind == PeriodKind.Year)
        {
            return [];
        }

        var spans = new List<MonthSpan>();
        foreach (var point in points.Where(p => p.Period.Year == period.Year || p.Period.Year == period.Year.Previous))
        {
            spans.Add(new MonthSpan(point.Period.Year.FirstMonth, point.Period.Span.Last));
        }

        if (definition.Aggregation == Aggregation.Ratio)
        {
            var first = points[0].Period.Span.First;
            var quarters = points
                .Select(p => Period.Containing(PeriodKind.Quarter, p.Period.Span.Last, period.Year.StartMonth))
                .Distinct()
                .Where(q => q.Span.First >= first && q.Span.Last <= period.Span.Last);
            foreach (var quarter in quarters)
            {
                spans.Add(quarter.Span);
                if (definition.CumulativeFrom is { } from && from <= quarter.Span.Last)
                {
                    spans.Add(new MonthSpan(from, quarter.Span.Last));
                }
            }
        }

        return [.. spans.Distinct().OrderBy(s => s.Last).ThenByDescending(s => s.MonthCount)];
    }
}
