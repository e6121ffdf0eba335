using ReportGen.Core.Data;
using ReportGen.Core.Results;

namespace ReportGen.Rendering.Results.Json;

/// <summary>
/// The fields of an indicator's object that disclosure control suppressed or withheld (each is <see langword="null"/>),
/// by their JSON names, in the order the object writes them: what <c>"suppressed"</c> lists (docs/disclosure.md).
/// </summary>
internal static class SuppressedFields
{
    public static IReadOnlyList<string> Of(IndicatorResult result)
    {
        var names = new List<string>();
        void Figure(string name, Aggregate figure)
        {
            if (figure.Suppressed)
            {
                names.Add(name);
            }
        }

        void Derived(string name, Withheld withheld)
        {
            if (result.Withheld.HasFlag(withheld))
            {
                names.Add(name);
            }
        }

        Figure("periodValue", result.Period);
        Figure("previousPeriodValue", result.PreviousPeriod);
        Figure("samePeriodLastYearValue", result.SamePeriodLastYear);
        Figure("ytdValue", result.Ytd);
        Figure("ytdLastYearValue", result.YtdLastYear);
        Derived("ytdChangePercent", Withheld.YtdChange);
        Derived("rag", Withheld.Rating);
        Derived("dotShort", Withheld.DotShort);
        Derived("dotLong", Withheld.DotLong);
        if ((result.Definition.Rag.Basis == Core.Indicators.RatingBasis.Period ? result.Period : result.Ytd).Suppressed)
        {
            names.Add("ratedValue");
        }

        Derived("offTarget", Withheld.Rating);
        Derived("ragLabel", Withheld.Rating);
        Figure("previousYtdValue", result.PreviousYtd);
        Derived("forecastYearEnd", Withheld.Forecast);
        Figure("rolling12Value", result.Rolling12);
        Figure("cumulativeValue", result.Cumulative);
        Derived("rank", Withheld.Rank);
        Derived("survey", Withheld.Survey);
        Derived("spc", Withheld.Spc);
        if (result.Series.Any(p => p.Figure.Suppressed))
        {
            names.Add("series");
        }

        return names;
    }

    /// <summary>The suppressed fields of one breakdown group.</summary>
    public static IReadOnlyList<string> Of(BreakdownResult breakdown) =>
        [.. new[] { ("periodValue", breakdown.Period), ("ytdValue", breakdown.Ytd) }.Where(f => f.Item2.Suppressed).Select(f => f.Item1)];
}
