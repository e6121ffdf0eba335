using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Spc;

/// <summary>
/// SPC inside the calculation: which series is charted (own granularity, whole rows, up to the end of the reported
/// period), the improvement direction from the polarity, and <c>rag: { method: spc }</c>.
/// </summary>
public sealed class IndicatorSpcTests
{
    /// <summary>April 2015 to March 2016 alternating 52 and 50: limits fixed on them are [45.68, 56.32].</summary>
    private static readonly decimal[] Year = [52, 50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 50];

    private static readonly RagRule ByChart = RagRule.Default with { Method = RagMethod.Spc };

    private static IndicatorResult Calculate(IndicatorDefinition definition, IEnumerable<Observation> rows, string period, List<string>? warnings = null)
    {
        var results = ReportCalculator.Calculate([definition], [.. rows], P(period));
        warnings?.AddRange(results.Warnings.Select(warning => warning.Message));
        return results.Indicators.Single();
    }

    private static IndicatorDefinition Crime(SpcSettings? spc = null) =>
        Indicator(polarity: Polarity.Lower) with { Rag = ByChart, Spc = spc ?? SpcSettings.Default with { FixAfter = 12 } };

    [Test]
    public void A_crime_count_above_its_limits_is_a_concern_and_Red()
    {
        // Lower polarity, no improvement given: lower is better. April 2016's 60 is beyond 56.32.
        var result = Calculate(Crime(), Months("2015-04", [.. Year, 60]), "2016-04");
        Assert.That(result.Spc!.Improvement, Is.EqualTo(SpcImprovement.Lower));
        Assert.That(result.Spc.Points[^1].Rule, Is.EqualTo(SpcRule.OutsideLimits));
        Assert.That(result.Spc.Variation, Is.EqualTo(SpcVariation.Concern));
        Assert.That(result.Rag, Is.EqualTo(Rag.Red));
    }

    [TestCase(Polarity.Higher, SpcImprovement.Higher, Rag.Green, TestName = "Higher polarity: higher is an improvement, Green")]
    [TestCase(Polarity.Lower, SpcImprovement.Lower, Rag.Red, TestName = "Lower polarity: higher is a concern, Red")]
    [TestCase(Polarity.Band, SpcImprovement.Neutral, Rag.Amber, TestName = "Band polarity: neither way is better, a neutral signal is Amber")]
    public void The_improvement_direction_defaults_from_the_polarity(Polarity polarity, SpcImprovement improvement, Rag rag)
    {
        var definition = Indicator(polarity: polarity) with { Rag = ByChart, Spc = SpcSettings.Default with { FixAfter = 12 } };
        var result = Calculate(definition, Months("2015-04", [.. Year, 60]), "2016-04");
        Assert.That(result.Spc!.Improvement, Is.EqualTo(improvement));
        Assert.That(result.Rag, Is.EqualTo(rag));
    }

    [Test]
    public void An_improvement_direction_given_wins_over_the_polarity()
    {
        var result = Calculate(Crime(SpcSettings.Default with { FixAfter = 12, Improvement = SpcImprovement.Higher }), Months("2015-04", [.. Year, 60]), "2016-04");
        Assert.That(result.Spc!.Variation, Is.EqualTo(SpcVariation.Improvement));
        Assert.That(result.Rag, Is.EqualTo(Rag.Green));
    }

    [Test]
    public void The_series_ends_with_the_reported_period()
    {
        // Rows run to March 2017; a pack for Q3 2016/17 charts April 2015 to December 2016.
        var rows = Months("2015-04", [.. Year, .. Year, .. Year]);
        var result = Calculate(Crime(), rows, "2016/17 Q3");
        Assert.That(result.Spc!.Points, Has.Count.EqualTo(21));
        Assert.That(result.Spc.Points[^1].Period, Is.EqualTo("2016-12"));
    }

    [Test]
    public void Breakdown_rows_are_not_charted()
    {
        var rows = Months("2015-04", [.. Year, 51]).Concat(MonthsOf("X", "2015-04", "Asian", 1000, 1000));
        var result = Calculate(Crime(), rows, "2016-04");
        Assert.That(result.Spc!.Points.Select(point => point.Value), Is.EqualTo((decimal[])[.. Year, 51]));
    }

    [Test]
    public void A_rate_is_charted_as_its_display_value()
    {
        // 17/59 as a percent is 28.8135…; each point is its own month's rate.
        var rows = new[] { Row("2016-04", num: 17, den: 59), Row("2016-05", num: 20, den: 50) };
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent) with { Spc = SpcSettings.Default };
        var result = Calculate(definition, rows, "2016-05");
        Assert.That(result.Spc!.Points[0].Value, Is.EqualTo(1700m / 59m));
        Assert.That(result.Spc.Points[1].Value, Is.EqualTo(40m));
    }

    [Test]
    public void A_month_with_a_zero_denominator_is_left_out_and_named()
    {
        var rows = new[] { Row("2016-04", num: 17, den: 59), Row("2016-05", num: 0, den: 0), Row("2016-06", num: 20, den: 50) };
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent) with { Spc = SpcSettings.Default };
        var warnings = new List<string>();
        var result = Calculate(definition, rows, "2016/17 Q1", warnings);
        Assert.That(result.Spc!.Points.Select(point => point.Period), Is.EqualTo(new[] { "2016-04", "2016-06" }));
        Assert.That(warnings, Has.Some.EqualTo("X: 2016-05 has no figure (a zero denominator) and is left out of the SPC chart"));
    }

    [Test]
    public void A_gap_in_the_series_is_warned_about()
    {
        var rows = Months("2015-04", Year).Where(row => row.Period.ToString() != "2015-08");
        var warnings = new List<string>();
        var result = Calculate(Crime(), rows, "2016-03", warnings);
        Assert.That(result.Spc!.Points, Has.Count.EqualTo(11));
        Assert.That(warnings, Has.Some.StartsWith("X: the SPC series jumps from 2015-07 to 2015-09 with no figure between"));
    }

    [Test]
    public void Quarterly_data_is_charted_by_quarter()
    {
        var rows = new[] { Row("2016/17 Q1", 10), Row("2016/17 Q2", 12), Row("2016/17 Q3", 11) };
        var result = Calculate(Crime(SpcSettings.Default with { Rebase = ["2016/17 q2"] }), rows, "2016/17 Q3");
        Assert.That(result.Spc!.Points.Select(point => point.Period), Is.EqualTo(new[] { "2016/17 Q1", "2016/17 Q2", "2016/17 Q3" }));
        Assert.That(result.Spc.Points.Select(point => point.Segment), Is.EqualTo(new[] { 0, 1, 1 }), "the rebase is read in any accepted spelling");
    }

    [Test]
    public void A_rebase_after_the_reported_period_is_not_yet_relevant()
    {
        var spc = SpcSettings.Default with { FixAfter = 12, Rebase = ["2017-04"] };
        var warnings = new List<string>();
        var result = Calculate(Crime(spc), Months("2015-04", [.. Year, 51]), "2016-04", warnings);
        Assert.That(result.Spc!.Points.Select(point => point.Segment), Is.All.EqualTo(0));
        Assert.That(warnings, Has.None.Contains("rebase"));
    }

    [Test]
    public void A_rebase_that_matches_no_period_is_named()
    {
        var spc = SpcSettings.Default with { FixAfter = 12, Rebase = ["April 2016"] };
        var warnings = new List<string>();
        Calculate(Crime(spc), Months("2015-04", [.. Year, 51]), "2016-04", warnings);
        Assert.That(warnings, Has.Some.StartsWith("X: the SPC rebase at April 2016 matches no period of the series"));
    }

    [Test]
    public void An_spc_block_without_an_spc_rating_still_charts()
    {
        var definition = Indicator() with { Spc = SpcSettings.Default };
        var result = Calculate(definition, Months("2015-04", [.. Year, 51]), "2016-04");
        Assert.That(result.Spc, Is.Not.Null);
        Assert.That(result.Rag, Is.Null, "rated by tolerance, and there is no target");
    }

    [Test]
    public void Without_an_spc_block_or_rating_there_is_no_chart()
    {
        var result = Calculate(Indicator(), Months("2015-04", [.. Year, 51]), "2016-04");
        Assert.That(result.Spc, Is.Null);
    }

    [Test]
    public void An_spc_rating_without_an_spc_block_uses_the_package_defaults()
    {
        // All 13 points, screened, runs of 7: 52/50 and then 51 is common cause; no target: Amber.
        var definition = Indicator(polarity: Polarity.Lower) with { Rag = ByChart };
        var warnings = new List<string>();
        var result = Calculate(definition, Months("2015-04", [.. Year, 51]), "2016-04", warnings);
        Assert.That(result.Spc!.Points, Has.Count.EqualTo(13));
        Assert.That(result.Rag, Is.EqualTo(Rag.Amber));
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void A_target_every_month_is_expected_to_meet_rates_Green()
    {
        // A ceiling of 60 above the upper limit 56.32, lower being better: pass.
        var result = Calculate(Crime(SpcSettings.Default with { FixAfter = 12, Target = 60 }), Months("2015-04", [.. Year, 51]), "2016-04");
        Assert.That(result.Spc!.Assurance, Is.EqualTo(SpcAssurance.Pass));
        Assert.That(result.Rag, Is.EqualTo(Rag.Green));
    }

    [Test]
    public void No_rows_up_to_the_period_means_no_chart_and_no_rating()
    {
        var warnings = new List<string>();
        var result = Calculate(Crime(), Months("2016-05", 50, 52), "2016-04", warnings);
        Assert.That(result.Spc, Is.Null);
        Assert.That(result.Rag, Is.Null);
        Assert.That(warnings, Has.Some.EqualTo("X: no figure up to the end of 2016-04 to chart, so there is no SPC analysis"));
    }
}
