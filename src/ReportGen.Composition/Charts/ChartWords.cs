using ReportGen.Composition.Text;
using ReportGen.Core;
using ReportGen.Core.Results;

namespace ReportGen.Composition.Charts;

/// <summary>Phrases the alternative texts of charts share.</summary>
internal static class ChartWords
{
    /// <summary>
    /// The year to date against last year's: "4.5% above last year in the year to date" for counts and amounts,
    /// "25.7% in the year to date against 30.0% a year earlier" for percentages (where a change of a rate in per cent
    /// would mislead).
    /// </summary>
    public static string YearToDate(IndicatorResult result)
    {
        var definition = result.Definition;
        var now = result.Ytd.Value;
        var before = result.YtdLastYear.Value;
        if (result.Ytd.Suppressed || result.YtdLastYear.Suppressed)
        {
            return $"the year to date against last year's is suppressed ({Core.Disclosure.Confidential.Symbol})";
        }

        if (now is null)
        {
            return "no figure for the year to date";
        }

        if (before is null)
        {
            return $"{Display.Figure(definition, now)} in the year to date, with no figure for a year earlier";
        }

        if (definition.Unit == Core.Indicators.Unit.Percent || result.YtdChangePercent is not { } change)
        {
            return $"{Display.Figure(definition, now)} in the year to date against {Display.Figure(definition, before)} a year earlier";
        }

        var rounded = Rounding.ForDisplay(change, 1);
        return rounded == 0
            ? "the same as last year in the year to date"
            : $"{Display.Number(Math.Abs(rounded), 1)}% {(rounded > 0 ? "above" : "below")} last year in the year to date";
    }

    /// <summary>"highest in May 2016 (1,523), lowest in September 2016 (1,390)"; empty for fewer than two points.</summary>
    public static string HighestAndLowest(IReadOnlyList<SeriesPoint> points, Core.Indicators.IndicatorDefinition definition)
    {
        var known = points.Where(p => p.Figure.Value is not null).ToList();
        if (known.Count < 2)
        {
            return string.Empty;
        }

        // The first of equal figures is the one named, so the words do not depend on sort stability.
        var highest = known.Aggregate((a, b) => b.Figure.Value > a.Figure.Value ? b : a);
        var lowest = known.Aggregate((a, b) => b.Figure.Value < a.Figure.Value ? b : a);
        return $"highest in {PeriodLabels.Long(highest.Period)} ({Display.Figure(definition, highest.Figure.Value)}), "
            + $"lowest in {PeriodLabels.Long(lowest.Period)} ({Display.Figure(definition, lowest.Figure.Value)})";
    }

    /// <summary>Joins phrases as English does: "a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>"1 point", "3 points".</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
