using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Combines a series' figures over a span of months: <c>sum</c> adds, <c>ratio</c> divides summed numerators by
/// summed denominators, <c>mean</c> averages, <c>latest</c> takes the last. A row counts only when its period
/// lies entirely inside the span; <c>sum</c> and <c>ratio</c> need every period of the series' granularity in
/// the span (a missing month is never a silent zero).
/// </summary>
internal static class SpanAggregator
{
    /// <summary>The figure of <paramref name="series"/> over <paramref name="span"/>.</summary>
    /// <param name="series">The figures.</param>
    /// <param name="span">The months to combine.</param>
    /// <param name="aggregation">How to combine them.</param>
    /// <param name="unit">The unit (a percent ratio is shown ×100).</param>
    /// <param name="startMonth">The first month of the financial year, which places quarters and years.</param>
    public static SpanFigure Aggregate(Series series, MonthSpan span, Aggregation aggregation, Unit unit, int startMonth)
    {
        if (series.Granularity is not { } granularity)
        {
            return SpanFigure.NoSeries;
        }

        var expected = ExpectedPeriods(granularity, span, startMonth, out var tiled);
        var inside = series.Points.Where(point => span.Contains(point.Span)).ToList();
        if (aggregation is Aggregation.Sum or Aggregation.Ratio)
        {
            if (!tiled)
            {
                return SpanFigure.Blank(BlankReason.TooCoarse);
            }

            var present = inside.Select(point => point.Span).ToHashSet();
            var missing = expected.Where(period => !present.Contains(period.Span)).ToList();
            if (missing.Count > 0)
            {
                return SpanFigure.Blank(BlankReason.Missing, missing);
            }

            return aggregation == Aggregation.Sum ? Sum(inside) : Ratio(inside, unit);
        }

        if (inside.Count == 0)
        {
            return expected.Count == 0
                ? SpanFigure.Blank(BlankReason.TooCoarse)
                : SpanFigure.Blank(BlankReason.Missing, expected);
        }

        var values = inside.Select(point => point.Value ?? 0m).ToList();
        return aggregation == Aggregation.Mean
            ? SpanFigure.Of(new Aggregate(values.Sum() / values.Count))
            : SpanFigure.Of(new Aggregate(values[^1]));
    }

    /// <summary>
    /// The periods of <paramref name="granularity"/> that lie inside <paramref name="span"/>, and whether they
    /// cover it (quarters cannot cover a single month, nor April to November).
    /// </summary>
    internal static IReadOnlyList<Period> ExpectedPeriods(PeriodKind granularity, MonthSpan span, int startMonth, out bool tiled)
    {
        var containing = span.Months()
            .Select(month => Period.Containing(granularity, month, startMonth))
            .Distinct()
            .ToList();
        tiled = containing.All(period => span.Contains(period.Span));
        return [.. containing.Where(period => span.Contains(period.Span))];
    }

    private static SpanFigure Sum(List<DataPoint> points) =>
        SpanFigure.Of(new Aggregate(points.Sum(point => point.Value ?? 0m)));

    private static SpanFigure Ratio(List<DataPoint> points, Unit unit)
    {
        var numerator = points.Sum(point => point.Numerator ?? 0m);
        var denominator = points.Sum(point => point.Denominator ?? 0m);
        return denominator == 0m
            ? new SpanFigure(new Aggregate(null, numerator, denominator), BlankReason.ZeroDenominator, [])
            : SpanFigure.Of(new Aggregate(ObservationRows.Rate(numerator, denominator, unit), numerator, denominator));
    }
}
