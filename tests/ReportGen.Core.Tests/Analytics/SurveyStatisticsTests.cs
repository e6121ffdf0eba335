using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>Survey statistics in the calculation: which figures are tested, and in which units.</summary>
public sealed class SurveyStatisticsTests
{
    private static IndicatorDefinition Survey(RatingBasis basis, SurveyComparison compare, Unit unit = Unit.Percent) =>
        Indicator(Aggregation.Ratio, Polarity.Higher, unit) with
        {
            Survey = new SurveySettings { Compare = compare },
            Rag = RagRule.Default with { Basis = basis },
        };

    // Quarters of 2015/16 and 2016/17: 801/1000 in 2016/17 Q2 against 856/1000 a year earlier, 860/1000 in Q1.
    private static List<Observation> Rows() =>
    [
        Row("2015/16 Q1", num: 850, den: 1000), Row("2015/16 Q2", num: 856, den: 1000),
        Row("2016/17 Q1", num: 860, den: 1000), Row("2016/17 Q2", num: 801, den: 1000),
    ];

    [Test]
    public void A_period_rated_survey_is_tested_against_the_same_quarter_last_year()
    {
        var survey = ReportCalculator.Calculate([Survey(RatingBasis.Period, SurveyComparison.SamePeriodLastYear)], Rows(), P("2016/17 Q2")).Indicators[0].Survey!;
        Assert.Multiple(() =>
        {
            // 80.1% against 85.6%: z = −3.2626, p = 0.0011 (TwoProportionTestTests' reference case), a significant fall.
            Assert.That((double)survey.Z!.Value, Is.EqualTo(-3.262641628389712).Within(1e-12));
            Assert.That(survey.Significant, Is.True);
            Assert.That(survey.Change, Is.EqualTo(-5.5m));
            Assert.That(survey.Comparison.Numerator, Is.EqualTo(856));
            // Wilson 95% of 801/1000, in percent.
            Assert.That((double)survey.CiLow!.Value, Is.EqualTo(77.51234971811168).Within(1e-9));
            Assert.That((double)survey.CiHigh!.Value, Is.EqualTo(82.4572794210579).Within(1e-9));
        });
    }

    [Test]
    public void A_ytd_rated_survey_is_tested_year_to_date_against_last_year_s()
    {
        var survey = ReportCalculator.Calculate([Survey(RatingBasis.Ytd, SurveyComparison.SamePeriodLastYear)], Rows(), P("2016/17 Q2")).Indicators[0].Survey!;
        Assert.Multiple(() =>
        {
            // 1661/2000 (83.05%) against 1706/2000 (85.3%): z = −1.949, p = 0.0512, just short of significant at 95%.
            Assert.That(survey.Comparison.Numerator, Is.EqualTo(1706));
            Assert.That(survey.Change, Is.EqualTo(-2.25m));
            Assert.That(survey.Significant, Is.False);
        });
    }

    [Test]
    public void Against_the_previous_period_the_quarters_alone_are_tested_even_for_a_ytd_rating()
    {
        // Two overlapping years to date are not independent samples: Q2 (801) is tested against Q1 (860).
        var survey = ReportCalculator.Calculate([Survey(RatingBasis.Ytd, SurveyComparison.PreviousPeriod)], Rows(), P("2016/17 Q2")).Indicators[0].Survey!;
        Assert.Multiple(() =>
        {
            Assert.That(survey.Comparison.Numerator, Is.EqualTo(860));
            Assert.That(survey.Change, Is.EqualTo(-5.9m));
            Assert.That(survey.Significant, Is.True);
        });
    }

    [Test]
    public void A_rate_that_is_not_a_percent_has_its_interval_as_a_fraction()
    {
        var survey = ReportCalculator.Calculate([Survey(RatingBasis.Period, SurveyComparison.SamePeriodLastYear, Unit.Number)], Rows(), P("2016/17 Q2")).Indicators[0].Survey!;
        Assert.That((double)survey.CiLow!.Value, Is.EqualTo(0.7751234971811168).Within(1e-11));
    }

    [Test]
    public void Without_last_year_there_is_an_interval_but_no_test()
    {
        var rows = Rows().Where(row => row.Period.Year.StartYear == 2016).ToList();
        var survey = ReportCalculator.Calculate([Survey(RatingBasis.Period, SurveyComparison.SamePeriodLastYear)], rows, P("2016/17 Q2")).Indicators[0].Survey!;
        Assert.Multiple(() =>
        {
            Assert.That(survey.CiLow, Is.Not.Null);
            Assert.That(survey.Z, Is.Null);
            Assert.That(survey.Significant, Is.Null);
            Assert.That(survey.Change, Is.Null);
        });
    }

    [Test]
    public void A_survey_block_on_an_indicator_that_is_not_a_ratio_gives_nothing()
    {
        var definition = Indicator(Aggregation.Sum) with { Survey = new SurveySettings() };
        var result = ReportCalculator.Calculate([definition], [Row("2016/17 Q1", 5)], P("2016/17 Q1")).Indicators[0];
        Assert.That(result.Survey, Is.Null);
    }

    [TestCase(0)] // no confidence at all
    [TestCase(100)] // certainty has no interval
    public void A_confidence_outside_0_to_100_is_a_bug(decimal confidence) =>
        Assert.That(() => new SurveySettings { Confidence = confidence }, Throws.InstanceOf<ArgumentOutOfRangeException>());
}
