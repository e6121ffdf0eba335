using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Documents.Composition.Tables;

/// <summary>
/// Running figures over a run of an indicator's own periods (a year to date month by month, a survey's cumulative
/// response quarter by quarter), aggregated as the calculation core does over a span (docs/calculation.md): sums
/// added, a ratio's parts added before dividing, a mean of the values present, the latest value. A period without a
/// figure blanks a sum or ratio from there on: a missing month is never a silent zero.
/// </summary>
internal static class RunningFigures
{
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
