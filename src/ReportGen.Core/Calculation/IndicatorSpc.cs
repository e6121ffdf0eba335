using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Spc;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Runs the SPC analysis for an indicator inside the calculation: the series is the indicator's whole values at its
/// own granularity (one figure per row period, aggregated as the definition says) up to the end of the reported
/// period; the improvement direction defaults from the polarity.
/// </summary>
internal static class IndicatorSpc
{
    /// <summary>
    /// The analysis, when the definition asks for one (an <c>spc:</c> block or <c>rag: { method: spc }</c>) and the series
    /// has a figure up to the end of <paramref name="period"/>; otherwise <see langword="null"/>.
    /// </summary>
    public static SpcResult? Analyse(IndicatorDefinition definition, Series series, Period period, ICollection<Problem> warnings)
    {
        if (definition.Spc is null && definition.Rag.Method != RagMethod.Spc)
        {
            return null;
        }

        var points = PointsOf(definition, series, period, warnings);
        if (points.Count == 0)
        {
            if (!series.IsEmpty)
            {
                warnings.Add(Problem.Warning(null,
                    $"{definition.Id}: no figure up to the end of {period} to chart, so there is no SPC analysis"));
            }

            return null;
        }

        var settings = definition.Spc ?? SpcSettings.Default;
        settings = settings with
        {
            Improvement = settings.Improvement ?? ImprovementOf(definition.Polarity),
            Rebase = RebaseUpTo(settings.Rebase, period),
        };
        var result = SpcAnalysis.Analyse(points, settings);
        foreach (var warning in result.Warnings)
        {
            warnings.Add(Problem.Warning(null, $"{definition.Id}: {warning}"));
        }

        return result;
    }

    /// <summary>The rating of <c>rag: { method: spc }</c>: none without an analysis.</summary>
    public static Rag? Rating(SpcResult? result) => result is null ? null : SpcVerdict.Rating(result);

    /// <summary>The contract's default: higher and lower polarity as they are; a band has no better direction.</summary>
    public static SpcImprovement ImprovementOf(Polarity polarity) => polarity switch
    {
        Polarity.Higher => SpcImprovement.Higher,
        Polarity.Lower => SpcImprovement.Lower,
        _ => SpcImprovement.Neutral,
    };

    private static List<(string Period, decimal Value)> PointsOf(
        IndicatorDefinition definition, Series series, Period period, ICollection<Problem> warnings)
    {
        var points = new List<(string Period, decimal Value)>();
        var blanks = new List<string>();
        var gaps = new List<string>();
        Period? previous = null;
        foreach (var point in series.Points.Where(point => point.Span.Last <= period.Span.Last))
        {
            // The point's own figure, as the calculation would give it for its period alone (a ratio's rate × 100 …).
            var figure = SpanAggregator.Aggregate(series, point.Span, definition.Aggregation, definition.Unit, period.Year.StartMonth);
            if (figure.Value is not { } value)
            {
                blanks.Add(point.Period.ToString());
                continue;
            }

            if (previous is { } before && point.Period.Previous != before)
            {
                gaps.Add($"{before} to {point.Period}");
            }

            points.Add((point.Period.ToString(), value));
            previous = point.Period;
        }

        if (blanks.Count > 0)
        {
            warnings.Add(Problem.Warning(null,
                $"{definition.Id}: {PeriodWords.List(blanks)} {(blanks.Count == 1 ? "has no figure (a zero denominator) and is" : "have no figure (a zero denominator) and are")} "
                + "left out of the SPC chart"));
        }

        if (gaps.Count > 0)
        {
            warnings.Add(Problem.Warning(null,
                $"{definition.Id}: the SPC series jumps from {PeriodWords.List(gaps)} with no figure between; moving ranges "
                + "and runs are worked across the gap as if the points were consecutive, so supply every period"));
        }

        return points;
    }

    /// <summary>
    /// The rebase periods in the series' own spelling; those after the reported period are left out (a pack for an
    /// earlier period simply predates them), those that cannot be read are passed on as written to be warned about.
    /// </summary>
    private static List<string> RebaseUpTo(IReadOnlyList<string> rebase, Period period)
    {
        var kept = new List<string>();
        foreach (var text in rebase)
        {
            if (!PeriodParser.TryParse(text, period.Year.StartMonth, out var parsed, out _))
            {
                kept.Add(text);
            }
            else if (parsed.Span.First <= period.Span.Last)
            {
                kept.Add(parsed.ToString());
            }
        }

        return kept;
    }
}
