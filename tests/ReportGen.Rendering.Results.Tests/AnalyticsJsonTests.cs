using System.Text.Json;
using ReportGen.Core.Analytics;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;
using ReportGen.Rendering.Results.Json;

namespace ReportGen.Rendering.Results.Tests;

/// <summary>The figures beyond the contract's, and the contract's <c>spc</c> block, as results.json writes them.</summary>
public sealed class AnalyticsJsonTests
{
    private static readonly Period Q3 = Period.ForQuarter(new FinancialYear(2016), 3);

    private static JsonElement Write(params IndicatorResult[] indicators)
    {
        using var stream = new MemoryStream();
        ResultsJsonWriter.Write(new ReportResults(Q3, indicators, RagSummary.For(indicators), Array.Empty<Problem>()), stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static readonly SpcLimits Limits = new(1402.5m, 78.05m, 1610.1m, 1194.9m, 1540.9m, 1264.1m, 12);

    private static IndicatorResult Full() => new()
    {
        Definition = new IndicatorDefinition("SAT", "Satisfaction")
        {
            Unit = Unit.Percent,
            Aggregation = Aggregation.Ratio,
            CumulativeFrom = new YearMonth(2014, 4),
        },
        Forecast = new YearEndForecast(17562.5m, ForecastMethod.LastYearProfile),
        Rolling12 = new Aggregate(72.5m, 290m, 400m),
        Cumulative = new Aggregate(305m * 100m / 426m, 305m, 426m),
        Rank = new PeerRank(6, 43, "City of London", false),
        Gaps = [new EqualityGap("Black", 64m, -2m, Rag.Green), new EqualityGap("Asian", null, null, null)],
        Survey = new SurveyResult
        {
            Confidence = 95m,
            CiLow = 67.1m,
            CiHigh = 75.7m,
            ComparedWith = SurveyComparison.SamePeriodLastYear,
            Comparison = new Aggregate(85.6m, 856m, 1000m),
            Change = -5.5m,
            Z = -3.26m,
            PValue = 0.0011m,
            Significant = true,
        },
        LastDataPeriod = Period.ForMonth(new YearMonth(2016, 11)),
        Stale = true,
        Spc = new SpcResult(1402.5m, 1610.1m, 1194.9m, SpcVariation.CommonCause, SpcAssurance.Inconsistent,
            [
                new SpcPoint("2015-04", 1390m, null, SpcVariation.CommonCause, 0, Limits, -1, false),
                new SpcPoint("2015-05", 1620m, SpcRule.OutsideLimits, SpcVariation.Concern, 0, Limits, 1, false),
                new SpcPoint("2015-06", 1550m, SpcRule.TwoInThree, SpcVariation.Concern, 0, Limits, 1, false),
            ],
            [])
        { Improvement = SpcImprovement.Lower, Alert = false },
    };

    [Test]
    public void The_spc_block_is_the_contract_s_with_snake_case_words()
    {
        var spc = Write(Full()).GetProperty("indicators")[0].GetProperty("spc");
        Assert.Multiple(() =>
        {
            Assert.That(spc.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
            {
                "mean", "upperLimit", "lowerLimit", "variation", "assurance", "points", "improvement", "alert",
            }));
            Assert.That(spc.GetProperty("mean").GetDecimal(), Is.EqualTo(1402.5m));
            Assert.That(spc.GetProperty("variation").GetString(), Is.EqualTo("common_cause"));
            Assert.That(spc.GetProperty("assurance").GetString(), Is.EqualTo("inconsistent"));
            Assert.That(spc.GetProperty("points")[0].GetRawText(), Is.EqualTo("""{"period":"2015-04","value":1390,"rule":null}""").IgnoreWhiteSpace);
            Assert.That(spc.GetProperty("points")[1].GetProperty("rule").GetString(), Is.EqualTo("outside_limits"));
            Assert.That(spc.GetProperty("points")[2].GetProperty("rule").GetString(), Is.EqualTo("two_in_three"));
            Assert.That(spc.GetProperty("improvement").GetString(), Is.EqualTo("lower"));
        });
    }

    [TestCase(SpcVariation.Improvement, "improvement")] // the words of contract section 6
    [TestCase(SpcVariation.Concern, "concern")]
    [TestCase(SpcVariation.NeutralHigh, "neutral_high")]
    [TestCase(SpcVariation.NeutralLow, "neutral_low")]
    public void Variations_are_written_as_the_contract_names_them(SpcVariation variation, string expected)
    {
        var result = Full() with { Spc = Full().Spc! with { Variation = variation } };
        Assert.That(Write(result).GetProperty("indicators")[0].GetProperty("spc").GetProperty("variation").GetString(), Is.EqualTo(expected));
    }

    [TestCase(SpcRule.Trend, "trend")] // the other rules
    [TestCase(SpcRule.Shift, "shift")]
    public void Rules_are_written_as_the_contract_names_them(SpcRule rule, string expected)
    {
        var spc = Full().Spc!;
        var result = Full() with { Spc = spc with { Points = [spc.Points[0] with { Rule = rule }] } };
        Assert.That(Write(result).GetProperty("indicators")[0].GetProperty("spc").GetProperty("points")[0].GetProperty("rule").GetString(), Is.EqualTo(expected));
    }

    [TestCase(SpcAssurance.Pass, "pass")]
    [TestCase(SpcAssurance.Fail, "fail")]
    [TestCase(null, null)] // no target: null, not absent
    public void Assurance_is_pass_fail_inconsistent_or_null(SpcAssurance? assurance, string? expected)
    {
        var result = Full() with { Spc = Full().Spc! with { Assurance = assurance } };
        var written = Write(result).GetProperty("indicators")[0].GetProperty("spc").GetProperty("assurance");
        Assert.That(written.ValueKind == JsonValueKind.Null ? null : written.GetString(), Is.EqualTo(expected));
    }

    [Test]
    public void The_analytics_fields_are_written()
    {
        var json = Write(Full()).GetProperty("indicators")[0];
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("type").GetString(), Is.EqualTo("target"));
            Assert.That(json.GetProperty("forecastYearEnd").GetDecimal(), Is.EqualTo(17562.5m));
            Assert.That(json.GetProperty("forecastMethod").GetString(), Is.EqualTo("last_year_profile"));
            Assert.That(json.GetProperty("rolling12Value").GetDecimal(), Is.EqualTo(72.5m));
            Assert.That(json.GetProperty("rolling12Numerator").GetDecimal(), Is.EqualTo(290m));
            Assert.That(json.GetProperty("cumulativeFrom").GetString(), Is.EqualTo("2014-04"));
            Assert.That((json.GetProperty("cumulativeNumerator").GetDecimal(), json.GetProperty("cumulativeDenominator").GetDecimal()), Is.EqualTo((305m, 426m)));
            Assert.That(json.GetProperty("lastDataPeriod").GetString(), Is.EqualTo("2016-11"));
            Assert.That(json.GetProperty("stale").GetBoolean(), Is.True);
            Assert.That(json.GetProperty("rank").GetRawText(), Is.EqualTo("""{"position":6,"of":43,"self":"City of London","tied":false,"text":"6th of 43"}""").IgnoreWhiteSpace);
            Assert.That(json.GetProperty("equalityGaps")[0].GetRawText(), Is.EqualTo("""{"breakdown":"Black","value":64,"gap":-2,"rag":"Green","suppressed":false}""").IgnoreWhiteSpace);
            Assert.That(json.GetProperty("equalityGaps")[1].GetProperty("gap").ValueKind, Is.EqualTo(JsonValueKind.Null));
            var survey = json.GetProperty("survey");
            Assert.That(survey.GetProperty("ciLow").GetDecimal(), Is.EqualTo(67.1m));
            Assert.That(survey.GetProperty("comparedWith").GetString(), Is.EqualTo("same_period_last_year"));
            Assert.That(survey.GetProperty("comparisonNumerator").GetDecimal(), Is.EqualTo(856m));
            Assert.That(survey.GetProperty("significant").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void Without_analytics_every_field_is_null_or_empty_never_absent()
    {
        var json = Write(new IndicatorResult { Definition = new IndicatorDefinition("X", "x") { Type = IndicatorType.Monitor } }).GetProperty("indicators")[0];
        Assert.Multiple(() =>
        {
            foreach (var name in new[] { "forecastYearEnd", "forecastMethod", "rolling12Value", "cumulativeFrom", "cumulativeValue", "lastDataPeriod", "stale", "rank", "survey", "spc" })
            {
                Assert.That(json.GetProperty(name).ValueKind, Is.EqualTo(JsonValueKind.Null), name);
            }

            Assert.That(json.GetProperty("equalityGaps").GetArrayLength(), Is.Zero);
            Assert.That(json.GetProperty("type").GetString(), Is.EqualTo("monitor"));
        });
    }

    [Test]
    public void The_rag_summary_says_how_many_indicators_it_leaves_out()
    {
        var summary = Write(Full(), new IndicatorResult { Definition = new IndicatorDefinition("C", "c") { Type = IndicatorType.Contextual } })
            .GetProperty("ragSummary");
        Assert.That(summary.GetRawText(), Is.EqualTo("""{"red":0,"amber":0,"green":0,"none":1,"excluded":1,"notDue":0}""").IgnoreWhiteSpace);
    }
}
