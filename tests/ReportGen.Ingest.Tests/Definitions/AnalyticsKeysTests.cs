using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests.Definitions;

/// <summary>The keys of indicator types, windows, ranks, gaps, surveys and data lag.</summary>
public sealed class AnalyticsKeysTests
{
    private static (IndicatorDefinition? Definition, string[] Problems) Parse(string lines)
    {
        var problems = new ProblemList();
        var found = IndicatorLoader.Parse($"id: X\ntitle: x\n{lines}\n", "x.yaml", 4, problems);
        return (found.Select(f => f.Definition).SingleOrDefault(), Problems.Lines(problems.All));
    }

    private static IndicatorDefinition One(string lines)
    {
        var (definition, problems) = Parse(lines);
        Assert.That(problems, Is.Empty);
        return definition!;
    }

    [Test]
    public void Every_key_is_read()
    {
        var definition = One("""
            unit: percent
            aggregation: ratio
            type: contextual
            cumulative_from: 2014-04
            allowed_lag: 2
            rank: { among: breakdowns, self: City of London }
            equality_gap: { groups: [Black, Mixed], band: 5pp, red_beyond: 10 }
            survey: { confidence: 90, compare: previous_period }
            """);
        Assert.Multiple(() =>
        {
            Assert.That(definition.Type, Is.EqualTo(IndicatorType.Contextual));
            Assert.That(definition.CumulativeFrom, Is.EqualTo(new YearMonth(2014, 4)));
            Assert.That(definition.AllowedLag, Is.EqualTo(2));
            Assert.That(definition.Rank, Is.EqualTo(new RankSettings("City of London")));
            Assert.That((definition.Gaps!.Band, definition.Gaps.RedBeyond, definition.Gaps.Groups), Is.EqualTo((5m, (decimal?)10m, new[] { "Black", "Mixed" })));
            Assert.That((definition.Survey!.Confidence, definition.Survey.Compare), Is.EqualTo((90m, SurveyComparison.PreviousPeriod)));
        });
    }

    [Test]
    public void The_defaults_are_a_target_indicator_with_no_lag_and_nothing_extra()
    {
        var definition = One("unit: count");
        Assert.That(
            (definition.Type, definition.AllowedLag, definition.CumulativeFrom, definition.Rank, definition.Gaps, definition.Survey),
            Is.EqualTo((IndicatorType.Target, 0, (YearMonth?)null, (RankSettings?)null, (GapSettings?)null, (SurveySettings?)null)));
    }

    [TestCase("cumulative_from: 2014/15", 2014, 4)] // a financial year stands for its first month
    [TestCase("cumulative_from: 2014/15 Q2", 2014, 7)] // a quarter for its first month
    public void Cumulative_from_takes_the_first_month_of_a_longer_period(string line, int year, int month) =>
        Assert.That(One(line).CumulativeFrom, Is.EqualTo(new YearMonth(year, month)));

    [TestCase("equality_gap: { band: 5 }", 5)] // a number in the unit
    [TestCase("unit: percent\nequality_gap: { band: 5% }", 5)] // for a percent, 5% is 5 points, as targets are written
    [TestCase("unit: percent\nequality_gap: { band: 5pp }", 5)] // or said as points
    public void A_gap_band_is_in_the_indicator_s_unit(string lines, decimal band) =>
        Assert.That(One(lines).Gaps!.Band, Is.EqualTo(band));

    [Test]
    public void A_survey_without_settings_is_95_percent_against_last_year() =>
        Assert.That(One("aggregation: ratio\nsurvey: {}").Survey, Is.EqualTo(new SurveySettings()));

    [Test]
    public void Polarity_neutral_is_read() =>
        Assert.That(One("polarity: neutral").Polarity, Is.EqualTo(Polarity.Neutral));

    [TestCase("type: kpi", "x.yaml:3:7: 'type' is 'kpi'; write 'target', 'contextual' or 'monitor'")] // the three types
    [TestCase("cumulative_from: April 2014", "x.yaml:3:18: 'April 2014' is not a period; expected 2016-10 (a month), 2016/17 Q3 (a quarter) or 2016/17 (a financial year) (cumulative_from is the first month to add up, such as 2014-04)")] // a period as the data writes it
    [TestCase("allowed_lag: -1", "x.yaml:3:14: 'allowed_lag' is '-1'; write a whole number from 0 to 120")] // months of lag
    [TestCase("rank: { self: Us, among: forces }", "x.yaml:3:26: 'among' is 'forces'; write 'breakdowns'")] // only breakdowns are peers for now
    [TestCase("rank: { among: breakdowns }", "x.yaml:3:7: 'self' is missing; name the breakdown group to rank, as the data writes it, such as self: City of London")] // which one is us
    [TestCase("rank: Us", "x.yaml:3:7: 'rank' must be a map of keys and values, not text")] // the map form
    [TestCase("polarity: neutral\nrank: { self: Us }", "x.yaml:4:7: 'rank' needs a better direction, and polarity neutral has none; set polarity higher, lower or band")] // a rank needs a better way
    [TestCase("equality_gap: { groups: [Black] }", "x.yaml:3:15: 'band' is missing; give the largest gap that is on target, such as band: 5 (points for a percent)")] // the band is the point
    [TestCase("equality_gap: { band: -5 }", "x.yaml:3:23: 'band' is -5, which is negative; a gap is measured either way, so write its size, such as 5")] // a size, not a side
    [TestCase("equality_gap: { band: 5pp }", "x.yaml:3:23: 'band' is '5pp'; percentage points (pp) are for percent indicators: write a number in the indicator's unit, such as 5")] // pp only for percent
    [TestCase("equality_gap: { band: 5, red_beyond: 3 }", "x.yaml:3:38: 'red_beyond' is 3, inside the band of 5; write a larger gap than the band, or leave it out")] // red inside green
    [TestCase("aggregation: ratio\nsurvey: { confidence: 100 }", "x.yaml:4:23: 'confidence' is 100; write a level between 0 and 100, such as 95")] // certainty has no interval
    [TestCase("aggregation: ratio\nsurvey: { compare: last_year }", "x.yaml:4:20: 'compare' is 'last_year'; write 'same_period_last_year' or 'previous_period'")] // the two comparisons
    [TestCase("survey: {}", "x.yaml:3:9: 'survey' needs aggregation: ratio, with the respondents who said yes as the numerator and the valid responses as the denominator")] // a proportion needs its parts
    [TestCase("type: monitor\ntargets: {2016/17: {annual: 5}}", "x.yaml:4:10: warning: a monitor indicator has no target and no rating, so 'targets' is ignored; remove it, or set type: target")] // targets on a monitor indicator
    [TestCase("type: contextual\nrag: {method: manual}", "x.yaml:4:6: warning: a contextual indicator has no target and no rating, so 'rag' is ignored; remove it, or set type: target")] // a rating on a contextual one
    public void Wrong_values_are_problems_at_their_place(string lines, string expected) =>
        Assert.That(Parse(lines).Problems, Is.EqualTo(new[] { expected }));
}
