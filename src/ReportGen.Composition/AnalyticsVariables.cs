using ReportGen.Composition.Text;
using ReportGen.Core.Analytics;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;

namespace ReportGen.Composition;

/// <summary>
/// The indicator variables of the figures beyond the contract's (<c>indicator.forecast_year_end</c>,
/// <c>indicator.ci_low</c>, <c>indicator.significance</c>, <c>indicator.rank</c> …), formatted for display;
/// flags (<c>stale</c>, <c>change_significant</c>) are true or false so that <c>{% if %}</c> works on them.
/// docs/templates.md lists them.
/// </summary>
internal static class AnalyticsVariables
{
    /// <summary>Adds the variables of <paramref name="result"/> to its indicator's <paramref name="hash"/>.</summary>
    public static void AddTo(LiquidMap hash, IndicatorResult result)
    {
        var d = result.Definition;
        var survey = result.Survey;
        hash["type"] = d.Type.ToString().ToLowerInvariant();
        hash["forecast_year_end"] = TemplateModel.Or(result, Withheld.Forecast, () => Display.Figure(d, result.Forecast?.Value));
        hash["forecast_method"] = result.Forecast?.Method switch
        {
            ForecastMethod.LastYearProfile => "last year's profile",
            ForecastMethod.Linear => "straight line",
            _ => string.Empty,
        };
        hash["rolling_12_value"] = Display.Figure(d, result.Rolling12);
        hash["rolling_12_fraction"] = Display.Fraction(result.Rolling12);
        hash["cumulative_value"] = Display.Figure(d, result.Cumulative);
        hash["cumulative_fraction"] = Display.Fraction(result.Cumulative);
        hash["cumulative_from"] = d.CumulativeFrom is { } from ? Display.MonthName(from) : string.Empty;
        hash["rank"] = TemplateModel.Or(result, Withheld.Rank, () => result.Rank?.ToString() ?? string.Empty);
        hash["confidence"] = survey is null ? string.Empty : Display.Number(survey.Confidence, 0) + "%";
        hash["ci_low"] = TemplateModel.Or(result, Withheld.Survey, () => survey is null ? string.Empty : Display.Figure(d, survey.CiLow));
        hash["ci_high"] = TemplateModel.Or(result, Withheld.Survey, () => survey is null ? string.Empty : Display.Figure(d, survey.CiHigh));
        hash["change_significant"] = survey?.Significant == true;
        hash["significance"] = Significance(survey);
        hash["last_data_period"] = result.LastDataPeriod is { } last ? Display.PeriodShort(last) : string.Empty;
        hash["stale"] = result.Stale == true;
        hash["spc_variation"] = TemplateModel.Or(result, Withheld.Spc, () => result.Spc is { } spc ? Words(spc.Variation.ToString()) : string.Empty);
        hash["spc_assurance"] = TemplateModel.Or(result, Withheld.Spc, () => result.Spc?.Assurance is { } assurance ? Words(assurance.ToString()) : string.Empty);
        hash["equality_gaps"] = result.Gaps.Select(gap => (object)LiquidMap.Of(new Dictionary<string, object?>
        {
            ["breakdown"] = gap.Breakdown,
            ["value"] = gap.Suppressed && gap.Value is null ? Core.Disclosure.Confidential.Symbol : Display.Figure(d, gap.Value),
            ["gap"] = gap.Gap is { } g ? (g > 0 ? "+" : string.Empty) + Display.Number(g, d.Decimals) : gap.Suppressed ? Core.Disclosure.Confidential.Symbol : Display.Missing,
            ["rag"] = gap.Suppressed ? Core.Disclosure.Confidential.Symbol : gap.Rag?.ToString() ?? string.Empty,
        })).ToList();
    }

    // "significant rise", "significant fall", "no significant change", or empty without a test.
    private static string Significance(SurveyResult? survey) => survey switch
    {
        { Significant: true, Change: > 0m } => "significant rise",
        { Significant: true, Change: < 0m } => "significant fall",
        { Significant: false } => "no significant change",
        _ => string.Empty,
    };

    // CommonCause → "common cause", NeutralHigh → "neutral high".
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
