using ReportGen.Composition.Text;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Composition;

/// <summary>
/// Indicator variables the thematic dashboard and measure sheets use: the year-to-date change as a number
/// (<c>indicator.ytd_change_number</c>, <c>+57</c>; points for a percent), the target for the whole year
/// (<c>indicator.annual_target</c>: the definition's <c>annual</c>, else its last <c>ytd</c>), the equality-gap band
/// (<c>indicator.gap_band</c>, <c>±5%</c>), and the breakdown groups' figures, as a
/// list (<c>indicator.breakdowns</c>) and by name (<c>indicator.groups["City of London"].rated_value</c>). A figure
/// disclosure control suppressed, and a change from one, is <c>[c]</c>.
/// </summary>
internal static class PackVariables
{
    /// <summary>Adds the variables of <paramref name="result"/> to its indicator's <paramref name="hash"/>.</summary>
    public static void AddTo(LiquidMap hash, IndicatorResult result, FinancialYear? year)
    {
        var d = result.Definition;
        hash["annual_target"] = year is { } y && d.Targets.TryGetValue(y, out var targets) && (targets.Annual ?? targets.Ytd?[^1]) is { } annual
            ? Display.Target(d, annual)
            : string.Empty;
        hash["gap_band"] = d.Gaps is { } gaps ? "±" + Display.Figure(d, gaps.Band) : string.Empty;
        hash["ytd_change_number"] = Change(d, result.Ytd, result.YtdLastYear);
        hash["period_change_number"] = Change(d, result.Period, result.SamePeriodLastYear);
        var groups = new LiquidMap(open: true);
        var list = new List<object>();
        foreach (var group in result.Breakdowns)
        {
            var variables = LiquidMap.Of(new Dictionary<string, object?>
            {
                ["breakdown"] = group.Breakdown,
                ["period_value"] = Display.Figure(d, group.Period),
                ["ytd_value"] = Display.Figure(d, group.Ytd),
                ["rated_value"] = Display.Figure(d, d.Rag.Basis == RatingBasis.Ytd ? group.Ytd : group.Period),
                ["ytd_fraction"] = Display.Fraction(group.Ytd),
            });
            list.Add(variables);
            groups[group.Breakdown] = variables;
        }

        hash["breakdowns"] = list;
        hash["groups"] = groups;
    }

    /// <summary>A span of months in words: <c>April to December 2016</c>, <c>April 2016</c>.</summary>
    public static string MonthRange(MonthSpan span)
    {
        var names = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat;
        return span.First == span.Last
            ? Display.MonthName(span.First)
            : span.First.Year == span.Last.Year
                ? $"{names.GetMonthName(span.First.Month)} to {Display.MonthName(span.Last)}"
                : $"{Display.MonthName(span.First)} to {Display.MonthName(span.Last)}";
    }

    /// <summary>The signed change from <paramref name="earlier"/> to <paramref name="now"/>; <c>[c]</c> when either is suppressed, as the change would give it away.</summary>
    public static string Change(IndicatorDefinition definition, Aggregate now, Aggregate earlier) =>
        now.Suppressed || earlier.Suppressed ? Core.Disclosure.Confidential.Symbol : SignedChange(definition, now.Value - earlier.Value);

    /// <summary>A difference in the indicator's unit and decimals, signed: <c>+57</c>, <c>-3</c>, <c>0</c>; percentage points for a percent.</summary>
    public static string SignedChange(IndicatorDefinition definition, decimal? change)
    {
        if (change is not { } c)
        {
            return Display.Missing;
        }

        var rounded = Core.Rounding.ForDisplay(c, definition.Decimals);
        var text = (rounded > 0 ? "+" : string.Empty) + Display.Number(rounded, definition.Decimals);
        return definition.Unit == Unit.Percent ? text + "pp" : text;
    }
}
