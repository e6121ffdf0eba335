using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Composition.Tables;

/// <summary>
/// Running figures over a run of an indicator's own periods (a year to date month by month, a survey's cumulative
/// response quarter by quarter), aggregated as the calculation core does over a span (docs/calculation.md): sums
/// added, a ratio's parts added before dividing, a mean of the values present, the latest value. A period without a
/// figure blanks a sum or ratio from there on: a missing month is never a silent zero. A running figure disclosure
/// control suppressed, or one that would take in a suppressed point, is <see cref="Aggregate.Confidential"/>.
/// </summary>
internal static class RunningFigures
{
    /// <summary>
    /// The figure of <paramref name="result"/> over <paramref name="span"/>: a point of its series with that span, else
    /// its running figure over it (as the calculation core worked it out and disclosure control left it), else worked out
    /// from the series' points of that span; <see cref="Aggregate.Confidential"/> when one of those is suppressed, as
    /// the sum would give it away.
    /// </summary>
    public static Aggregate At(IndicatorResult result, MonthSpan span)
    {
        if (result.Series.FirstOrDefault(p => p.Period.Span == span) is { } point)
        {
            return point.Figure;
        }

        if (result.Running.FirstOrDefault(r => r.Span == span) is { } running)
        {
            return running.Figure;
        }

        if (result.Series.Count == 0)
        {
            return Aggregate.None;
        }

        var kind = result.Series[0].Period.Kind;
        var startMonth = result.Series[0].Period.Year.StartMonth;
        var figures = result.Series.ToDictionary(p => p.Period, p => p.Figure);
        var points = span.Months()
            .Select(m => Period.Containing(kind, m, startMonth))
            .Distinct()
            .Select(p => figures.GetValueOrDefault(p))
            .ToList();
        return points.Any(p => p?.Suppressed == true) ? Aggregate.Confidential : Of(result.Definition, points)[^1];
    }

    /// <summary>The running figure at each of <paramref name="points"/> (<see langword="null"/> for a period with no row).</summary>
    public static IReadOnlyList<Aggregate> Of(IndicatorDefinition definition, IReadOnlyList<Aggregate?> points)
    {
        var running = new List<Aggregate>();
        decimal sum = 0m, numerator = 0m, denominator = 0m;
        var values = new List<decimal>();
        var broken = false;
        foreach (var point in points)
        {
            switch (definition.Aggregation)
            {
                case Aggregation.Sum:
                    broken |= point?.Value is null;
                    sum += point?.Value ?? 0m;
                    running.Add(broken ? Aggregate.None : new Aggregate(sum));
                    break;
                case Aggregation.Ratio:
                    broken |= point?.Numerator is null || point.Denominator is null;
                    numerator += point?.Numerator ?? 0m;
                    denominator += point?.Denominator ?? 0m;
                    running.Add(broken || denominator == 0m
                        ? Aggregate.None
                        : new Aggregate(numerator / denominator * (definition.Unit == Unit.Percent ? 100m : 1m), numerator, denominator));
                    break;
                default:
                    if (point?.Value is { } value)
                    {
                        values.Add(value);
                    }

                    running.Add(values.Count == 0 ? Aggregate.None
                        : new Aggregate(definition.Aggregation == Aggregation.Mean ? values.Average() : values[^1]));
                    break;
            }
        }

        return running;
    }
}
