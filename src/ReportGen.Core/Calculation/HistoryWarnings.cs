using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>
/// One warning for all the indicators whose data start after a period they are compared with ("no data before
/// 2021-04 for VW1, VW2 and 10 more…"), instead of one per blank comparison: a new indicator's missing history
/// is expected and worth one line, where a gap inside its data is warned about figure by figure.
/// </summary>
internal static class HistoryWarnings
{
    private const int NamesShown = 6;

    private static readonly (Figure Figure, Func<IndicatorResult, Aggregate> Of)[] Comparisons =
    [
        (Figure.PreviousPeriod, r => r.PreviousPeriod),
        (Figure.SamePeriodLastYear, r => r.SamePeriodLastYear),
        (Figure.YtdLastYear, r => r.YtdLastYear),
        (Figure.PreviousYtd, r => r.PreviousYtd),
    ];

    public static void Add(IReadOnlyList<IndicatorResult> results, Period period, ICollection<Problem> warnings)
    {
        var withoutHistory = results
            .Where(r => r.Series.Count > 0)
            .Select(r => (Id: r.Definition.Id, First: r.Series[0].Period.Span.First, Result: r))
            .Where(x => Comparisons.Any(c => c.Of(x.Result).Value is null && ReportSpans.SpanOf(c.Figure, period).Last < x.First))
            .GroupBy(x => x.First)
            .OrderBy(g => g.Key);
        foreach (var group in withoutHistory)
        {
            var ids = group.Select(x => x.Id).ToList();
            var named = ids.Count <= NamesShown
                ? Formatting.Join(ids)
                : $"{string.Join(", ", ids.Take(NamesShown))} and {ids.Count - NamesShown} more";
            warnings.Add(Problem.Warning(null,
                $"no data before {group.Key} for {named}, so their comparisons with earlier periods (direction of travel, change on last year) are blank"));
        }
    }
}
