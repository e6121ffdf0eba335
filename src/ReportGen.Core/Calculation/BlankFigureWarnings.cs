using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Says which figures are blank and why, one warning per cause: "CSP1: no data for 2016-11, so the 2016/17 Q3
/// and year-to-date to 2016/17 Q3 figures are blank".
/// </summary>
internal static class BlankFigureWarnings
{
    /// <summary>Adds to <paramref name="warnings"/> a warning for each cause of blank figures in <paramref name="figures"/>.</summary>
    public static void Add(Series series, Figures figures, Period period, ICollection<Problem> warnings)
    {
        // A comparison figure wholly before the indicator's first data is history the data does not go back to,
        // not a gap: its blank (and n/a in packs) is expected, so it is not warned about. Gaps are still warned.
        var first = series.Points.Count > 0 ? series.Points[0].Span.First : (YearMonth?)null;
        var blank = figures.All
            .Where(f => f.Value.Reason != BlankReason.None)
            .Where(f => !(f.Figure is not (Figure.Period or Figure.Ytd) && first is { } start && ReportSpans.SpanOf(f.Figure, period).Last < start))
            .ToList();

        foreach (var group in blank.Where(f => f.Value.Reason == BlankReason.Missing)
                     .GroupBy(f => PeriodWords.List(PeriodWords.Runs(f.Value.Missing))))
        {
            warnings.Add(Problem.Warning(null, $"{series.Subject}: no data for {group.Key}, so {Naming(group, period)} blank"));
        }

        var coarse = blank.Where(f => f.Value.Reason == BlankReason.TooCoarse).ToList();
        if (coarse.Count > 0)
        {
            var adjective = series.Granularity is { } kind ? PeriodWords.Adjective(kind) : "coarser";
            warnings.Add(Problem.Warning(null,
                $"{series.Subject}: the data is {adjective}, too coarse to give it, so {Naming(coarse, period)} blank"));
        }

        var zero = blank.Where(f => f.Value.Reason == BlankReason.ZeroDenominator).ToList();
        if (zero.Count > 0)
        {
            warnings.Add(Problem.Warning(null,
                $"{series.Subject}: the denominator is 0, so {Naming(zero, period)} blank"));
        }
    }

    private static string Naming(IEnumerable<(Figure Figure, SpanFigure Value)> figures, Period period)
    {
        var labels = figures.Select(f => ReportSpans.LabelOf(f.Figure, period)).ToList();
        return labels.Count == 1
            ? $"the {labels[0]} figure is"
            : $"the {Formatting.Join(labels)} figures are";
    }
}
