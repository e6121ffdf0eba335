using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Text;
using ReportGen.Core.Analytics;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;

namespace ReportGen.Composition.Tests.Composition;

/// <summary>The template variables of the figures beyond the contract's, as Liquid sees them.</summary>
public sealed class AnalyticsVariablesTests
{
    private static string Render(string liquid, IndicatorResult result)
    {
        var problems = new List<Problem>();
        var variables = LiquidMap.Of(new Dictionary<string, object?> { ["indicator"] = TemplateModel.Indicator(result, Commentary.Empty) });
        var text = new LiquidText(problems).Render(liquid, variables, Fixtures.Here);
        Assert.That(problems, Is.Empty);
        return text;
    }

    private static IndicatorResult Survey(bool? significant, decimal change) => Fixtures.Marac() with
    {
        Survey = new SurveyResult
        {
            Confidence = 95m,
            CiLow = 17.95m,
            CiHigh = 41.5m,
            ComparedWith = SurveyComparison.SamePeriodLastYear,
            Change = change,
            Significant = significant,
        },
    };

    [TestCase(true, -5.5, "significant fall")] // the words a pack prints
    [TestCase(true, 3, "significant rise")]
    [TestCase(false, -5.5, "no significant change")] // a change within chance
    [TestCase(null, 0, "")] // no test (no comparison): nothing to say
    public void Significance_reads_as_words(bool? significant, decimal change, string expected) =>
        Assert.That(Render("{{ indicator.significance }}", Survey(significant, change)), Is.EqualTo(expected));

    [Test]
    public void The_interval_is_in_the_indicator_s_unit_and_decimals() =>
        Assert.That(Render("{{ indicator.ci_low }} to {{ indicator.ci_high }} ({{ indicator.confidence }})", Survey(true, -5.5m)),
            Is.EqualTo("18.0% to 41.5% (95%)"));

    [TestCase(true, "yes")] // flags are true or false, so {% if %} works (an empty string would be true in Liquid)
    [TestCase(false, "no")]
    public void Change_significant_works_in_an_if(bool significant, string expected) =>
        Assert.That(Render("{% if indicator.change_significant %}yes{% else %}no{% endif %}", Survey(significant, 1m)), Is.EqualTo(expected));

    [Test]
    public void Forecast_rank_staleness_windows_and_spc_are_there()
    {
        var result = Fixtures.Tno() with
        {
            Forecast = new YearEndForecast(17562.68m, ForecastMethod.LastYearProfile),
            Rank = new PeerRank(6, 43, "Havering", false),
            LastDataPeriod = Period.ForMonth(new YearMonth(2016, 11)),
            Stale = true,
            Rolling12 = new Aggregate(17001m),
            Spc = new SpcResult(1.5m, 3m, 0m, SpcVariation.CommonCause, SpcAssurance.Pass, [], []),
        };
        Assert.That(
            Render("{{ indicator.forecast_year_end }} by {{ indicator.forecast_method }}; {{ indicator.rank }}; {% if indicator.stale %}data to {{ indicator.last_data_period }}{% endif %}; {{ indicator.rolling_12_value }}; {{ indicator.spc_variation }}, {{ indicator.spc_assurance }}; {{ indicator.type }}", result),
            Is.EqualTo("17,563 by last year's profile; 6th of 43; data to Nov 2016; 17,001; common cause, pass; target"));
    }

    [Test]
    public void Equality_gaps_are_a_list_with_signed_gaps()
    {
        var result = Fixtures.Marac() with
        {
            Gaps = [new EqualityGap("Black", 64m, -2m, Rag.Green), new EqualityGap("Mixed", 71m, 5m, Rag.Green), new EqualityGap("Asian", null, null, null)],
        };
        Assert.That(Render("{% for g in indicator.equality_gaps %}{{ g.breakdown }} {{ g.gap }} {{ g.rag }}|{% endfor %}", result),
            Is.EqualTo("Black -2.0 Green|Mixed +5.0 Green|Asian n/a |"));
    }

    [Test]
    public void Without_analytics_the_variables_are_empty_or_false() =>
        Assert.That(Render("[{{ indicator.rank }}|{{ indicator.ci_low }}|{{ indicator.significance }}|{{ indicator.stale }}|{{ indicator.spc_variation }}|{{ indicator.forecast_method }}]", Fixtures.Marac()),
            Is.EqualTo("[|||false||]"));

    [Test]
    public void The_summary_says_how_many_indicators_it_leaves_out()
    {
        var contextual = Fixtures.Asb() with
        {
            Definition = new IndicatorDefinition("CSP3", "ASB incidents") { Type = IndicatorType.Contextual },
            Rag = null,
        };
        var results = new ReportResults(Fixtures.Q3, [Fixtures.Tno(), contextual], RagSummary.For([Fixtures.Tno(), contextual]), []);
        var globals = TemplateModel.Globals(Fixtures.Input([Fixtures.Tno(), contextual]) with { Results = results }, [], (_, text, _) => text);
        var problems = new List<Problem>();
        Assert.That(new LiquidText(problems).Render("{{ summary.total }} rated, {{ summary.excluded }} for context", globals, Fixtures.Here), Is.EqualTo("1 rated, 1 for context"));
    }
}
