using ReportGen.Composition.Blocks;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Composition;

/// <summary>
/// The direction counts a council prints under its KPI table ("Up / No change / Down / N/A / Total", last quarter and
/// last year): every indicator that is due and has a direction to show, the target indicators by their direction of
/// travel (up is better) and the data-only (contextual) ones by their figure's own movement (up is an increase), as
/// their arrows in the table show them. Indicators not due and monitor indicators (figures only) are not counted.
/// <c>summary.short</c> and <c>summary.long</c> (results.json's <c>dotSummary</c>) count the target indicators alone.
/// </summary>
/// <param name="Up">Target indicators better than before, and data-only ones that increased.</param>
/// <param name="Same">No change (or within the definition's <c>dot_threshold</c>).</param>
/// <param name="Down">Target indicators worse than before, and data-only ones that decreased.</param>
/// <param name="None">No arrow: a figure missing, no earlier figure, polarity neutral, or withheld.</param>
internal sealed record ArrowCounts(int Up, int Same, int Down, int None)
{
    /// <summary>Every indicator counted.</summary>
    public int Total => Up + Same + Down + None;

    /// <summary>The short-term arrows (against the previous period) of <paramref name="results"/>.</summary>
    public static ArrowCounts ShortTerm(IEnumerable<IndicatorResult> results) =>
        Of(results, r => r.DotShort, r => ValueChange.Word(Comparisons.ShortTerm(r), r.DotShort));

    /// <summary>The long-term arrows (against the same point a year earlier) of <paramref name="results"/>.</summary>
    public static ArrowCounts LongTerm(IEnumerable<IndicatorResult> results) =>
        Of(results, r => r.DotLong, r => ValueChange.Word(Comparisons.LongTerm(r), r.DotLong));

    private static ArrowCounts Of(IEnumerable<IndicatorResult> results, Func<IndicatorResult, Direction?> direction, Func<IndicatorResult, string> movement)
    {
        int up = 0, same = 0, down = 0, none = 0;
        foreach (var result in results.Where(r => !r.NotDue && r.Definition.Type != IndicatorType.Monitor))
        {
            var arrow = result.Definition.Type == IndicatorType.Contextual
                ? movement(result) switch { "increase" => Direction.Better, "decrease" => Direction.Worse, "no change" => Direction.Same, _ => (Direction?)null }
                : direction(result);
            switch (arrow)
            {
                case Direction.Better: up++; break;
                case Direction.Same: same++; break;
                case Direction.Worse: down++; break;
                default: none++; break;
            }
        }

        return new ArrowCounts(up, same, down, none);
    }
}
