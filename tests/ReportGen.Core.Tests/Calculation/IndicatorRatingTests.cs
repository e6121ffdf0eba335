using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>Targets, ratings and directions of travel as a whole report works them out.</summary>
public sealed class IndicatorRatingTests
{
    private static ReportResults CalculateAll(IndicatorDefinition definition, IEnumerable<Observation> rows, string period = "2016/17 Q3") =>
        ReportCalculator.Calculate([definition], [.. rows], P(period));

    private static IndicatorResult Calculate(IndicatorDefinition definition, IEnumerable<Observation> rows, string period = "2016/17 Q3") =>
        CalculateAll(definition, rows, period).Indicators.Single();

    private static IndicatorDefinition WithRule(IndicatorDefinition definition, RatingBasis basis, RagMethod method = RagMethod.Tolerance) =>
        definition with { Rag = RagRule.Default with { Basis = basis, Method = method } };

    // Quarterly rates 10%, 50%, 30% (each of 100), and 2015/16 all 20%.
    private static IEnumerable<Observation> Rates() =>
    [
        Row("2015/16 Q1", num: 20, den: 100), Row("2015/16 Q2", num: 20, den: 100), Row("2015/16 Q3", num: 20, den: 100), Row("2015/16 Q4", num: 20, den: 100),
        Row("2016/17 Q1", num: 10, den: 100), Row("2016/17 Q2", num: 50, den: 100), Row("2016/17 Q3", num: 30, den: 100),
    ];

    [Test]
    public void Without_a_target_there_is_no_rating_but_the_figures_are_there()
    {
        var result = Calculate(Indicator(), Months("2016-04", 1, 1, 1, 1, 1, 1, 1, 1, 1));
        Assert.Multiple(() =>
        {
            Assert.That(result.Ytd.Value, Is.EqualTo(9m));
            Assert.That(result.RatedValue, Is.EqualTo(9m));
            Assert.That(result.Target, Is.Null);
            Assert.That(result.Allowance, Is.Null);
            Assert.That(result.OffTarget, Is.Null);
            Assert.That(result.Rag, Is.Null);
        });
    }

    [TestCase(RatingBasis.Ytd, 25)] // 50 of 200 over the year so far
    [TestCase(RatingBasis.Period, 40)] // 40 of 100 in Q3 alone
    public void The_rated_figure_follows_the_basis(RatingBasis basis, decimal expected)
    {
        var definition = WithRule(Indicator(Aggregation.Ratio, unit: Unit.Percent), basis);
        var rows = new[] { Row("2016/17 Q1", num: 0, den: 0), Row("2016/17 Q2", num: 10, den: 100), Row("2016/17 Q3", num: 40, den: 100) };
        Assert.That(Calculate(definition, rows).RatedValue, Is.EqualTo(expected));
    }

    [TestCase(RatingBasis.Ytd, 45, 45, Rag.Green)] // YTD 45 against the cumulative target 45
    [TestCase(RatingBasis.Period, 5, 15, Rag.Red)] // Q3 alone, 5, against 45 − 30: off and worse than Q2's 10
    public void A_count_is_rated_against_the_target_its_basis_asks_for(RatingBasis basis, decimal rated, decimal target, Rag expected)
    {
        var definition = WithRule(Indicator(), basis) with { Targets = Targets(Fy(2016), new TargetSet(null, [15, 30, 45, 60], null)) };
        var rows = new[] { Row("2016/17 Q1", 30), Row("2016/17 Q2", 10), Row("2016/17 Q3", 5) };
        var result = Calculate(definition, rows);
        Assert.That(result.RatedValue, Is.EqualTo(rated));
        Assert.That(result.Target, Is.EqualTo(target));
        Assert.That(result.Rag, Is.EqualTo(expected));
    }

    [Test]
    public void A_row_target_overrides_the_definition_s()
    {
        var definition = Indicator(polarity: Polarity.Lower) with { Targets = Targets(Fy(2016), Annual(16500)) };
        var rows = Months("2016-04", 1, 1, 1, 1, 1, 1, 1, 1, 1).Append(Row("2016/17 Q3", target: 8));
        var result = Calculate(definition, rows);
        Assert.That(result.Target, Is.EqualTo(8m));
        Assert.That(result.OffTarget, Is.True);
    }

    [TestCase(Aggregation.Sum, RatingBasis.Ytd, Direction.Worse)] // a sum compares quarters (Q3 5 after Q2 10), never running totals
    [TestCase(Aggregation.Ratio, RatingBasis.Period, Direction.Worse)] // period basis: Q3 30% after Q2 50%
    [TestCase(Aggregation.Ratio, RatingBasis.Ytd, Direction.Same)] // YTD 90/300 against Q2's YTD 60/200: both 30%
    public void The_short_term_direction_compares_what_the_rule_says(Aggregation aggregation, RatingBasis basis, Direction expected)
    {
        var rows = aggregation == Aggregation.Sum
            ? [Row("2016/17 Q1", 30), Row("2016/17 Q2", 10), Row("2016/17 Q3", 5)]
            : Rates();
        var definition = WithRule(Indicator(aggregation, unit: Unit.Percent), basis);
        Assert.That(Calculate(definition, rows).DotShort, Is.EqualTo(expected));
    }

    [Test]
    public void A_mean_s_short_term_direction_compares_years_to_date()
    {
        // Monthly means: Q1 10, Q2 40, Q3 30. Q3 is below Q2 (better, lower being better), but the YTD mean
        // rose from 25 at Q2 to 240/9 = 26.7 at Q3: the YTD comparison is the one that counts.
        var rows = Months("2016-04", 10, 10, 10, 40, 40, 40, 30, 30, 30);
        var result = Calculate(Indicator(Aggregation.Mean, Polarity.Lower), rows);
        Assert.That(result.PreviousYtd.Value, Is.EqualTo(25m));
        Assert.That(result.DotShort, Is.EqualTo(Direction.Worse));
    }

    [Test]
    public void Q1_s_rate_is_compared_with_the_whole_of_last_year()
    {
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent);
        var result = Calculate(definition, Rates(), "2016/17 Q1");
        Assert.That(result.PreviousYtd.Value, Is.EqualTo(20m));
        Assert.That(result.DotShort, Is.EqualTo(Direction.Worse), "10% after last year's 20%");
    }

    [TestCase(RatingBasis.Ytd, Direction.Better)] // YTD 30% against last year's 20%
    [TestCase(RatingBasis.Period, Direction.Better)] // Q3 30% against last Q3 20%
    public void The_long_term_direction_compares_with_a_year_earlier(RatingBasis basis, Direction expected)
    {
        var definition = WithRule(Indicator(Aggregation.Ratio, unit: Unit.Percent), basis);
        Assert.That(Calculate(definition, Rates()).DotLong, Is.EqualTo(expected));
    }

    [Test]
    public void The_long_term_direction_of_a_period_basis_uses_the_same_period_last_year()
    {
        // YTD up on last year (16 vs 12) but Q3 down (1 vs 4): the period basis looks at Q3.
        var rows = new[]
        {
            Row("2015/16 Q1", 4), Row("2015/16 Q2", 4), Row("2015/16 Q3", 4),
            Row("2016/17 Q1", 10), Row("2016/17 Q2", 5), Row("2016/17 Q3", 1),
        };
        Assert.That(Calculate(WithRule(Indicator(), RatingBasis.Period), rows).DotLong, Is.EqualTo(Direction.Worse));
        Assert.That(Calculate(WithRule(Indicator(), RatingBasis.Ytd), rows).DotLong, Is.EqualTo(Direction.Better));
    }

    [TestCase(44, false, Rag.Green)] // 30 − 2pp = 28: 44/150 = 29.3% is within
    [TestCase(20, true, Rag.Red)] // 20/150 = 13.3%, off and worse than Q2
    public void Percentage_points_apply_to_a_rate(decimal q3Numerator, bool offTarget, Rag expected)
    {
        var definition = WithRule(Indicator(Aggregation.Ratio, unit: Unit.Percent), RatingBasis.Period) with
        {
            Tolerance = new Tolerance(ToleranceKind.PercentagePoints, 2),
            Targets = Targets(Fy(2016), Annual(30)),
        };
        var rows = new[] { Row("2016/17 Q2", num: 50, den: 100), Row("2016/17 Q3", num: q3Numerator, den: 150) };
        var result = Calculate(definition, rows);
        Assert.That(result.Allowance, Is.EqualTo(2m));
        Assert.That(result.OffTarget, Is.EqualTo(offTarget));
        Assert.That(result.Rag, Is.EqualTo(expected));
    }

    [Test]
    public void Percentage_points_on_a_count_are_warned_about()
    {
        var definition = Indicator() with { Tolerance = new Tolerance(ToleranceKind.PercentagePoints, 2) };
        var results = CalculateAll(definition, Months("2016-04", 1, 1, 1, 1, 1, 1, 1, 1, 1));
        Assert.That(results.Warnings.Select(w => w.Message), Does.Contain(
            "X: a tolerance in percentage points (2pp) suits only percent indicators; it is read as 2 in the indicator's unit"));
    }

    [TestCase(45, 50, Rag.Amber)] // above a 28–40 range by 5 (> 2pp), but closer than Q2's 50: Amber
    [TestCase(45, 42, Rag.Red)] // further away than Q2: Red
    [TestCase(41, 60, Rag.Green)] // within 2pp of the range
    [TestCase(30, 10, Rag.Green)] // inside it
    public void A_band_indicator_is_rated_by_its_distance_from_the_range(decimal q3, decimal q2, Rag expected)
    {
        var definition = WithRule(Indicator(Aggregation.Ratio, Polarity.Band, Unit.Percent), RatingBasis.Period) with
        {
            Range = new TargetRange(28, 40),
            Tolerance = new Tolerance(ToleranceKind.PercentagePoints, 2),
        };
        var rows = new[] { Row("2016/17 Q2", num: q2, den: 100), Row("2016/17 Q3", num: q3, den: 100) };
        Assert.That(Calculate(definition, rows).Rag, Is.EqualTo(expected));
    }

    [Test]
    public void A_band_indicator_with_a_single_target_is_better_the_closer_it_gets()
    {
        var definition = WithRule(Indicator(polarity: Polarity.Band), RatingBasis.Period) with { Targets = Targets(Fy(2016), new TargetSet(null, null, [0, 0, 0, 0])) };
        var rows = new[] { Row("2016/17 Q2", -6), Row("2016/17 Q3", 5) };
        var result = Calculate(definition, rows);
        Assert.That(result.Target, Is.EqualTo(0m));
        Assert.That(result.DotShort, Is.EqualTo(Direction.Better), "an equality gap of 5 is closer to 0 than one of −6");
        Assert.That(result.Rag, Is.EqualTo(Rag.Amber));
    }

    [TestCase(false, Rag.Green)] // the band alone: 90% is Satisfactory
    [TestCase(true, Rag.Red)] // red_if_worsening: Q3 fell from Q2
    public void Bands_rate_and_label_the_figure(bool redIfWorsening, Rag expected)
    {
        RagBand[] bands = [new(Rag.Green, "Satisfactory", 85, null), new(Rag.Amber, "Close monitoring", 80, null), new(Rag.Red, "Action", null, null)];
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent) with
        {
            Rag = new RagRule(RagMethod.Bands, RatingBasis.Period, bands, redIfWorsening),
        };
        var rows = new[] { Row("2016/17 Q2", num: 95, den: 100), Row("2016/17 Q3", num: 90, den: 100) };
        var result = Calculate(definition, rows);
        Assert.That(result.Rag, Is.EqualTo(expected));
        Assert.That(result.RagLabel, Is.EqualTo("Satisfactory"));
    }

    [Test]
    public void A_manual_indicator_with_only_ratings_is_rated_without_warnings()
    {
        var definition = WithRule(Indicator(), RatingBasis.Ytd, RagMethod.Manual);
        var results = CalculateAll(definition, [Row("2016/17 Q3", rating: Rag.Amber)]);
        Assert.That(results.Indicators.Single().Rag, Is.EqualTo(Rag.Amber));
        Assert.That(results.Warnings, Is.Empty);
    }

    [Test]
    public void Spc_rates_from_the_chart_and_still_works_out_the_figures()
    {
        // Nine equal months: common cause and no SPC target, so Amber (docs/spc.md); the definition's target is not SPC's.
        var definition = WithRule(Indicator(), RatingBasis.Ytd, RagMethod.Spc) with { Targets = Targets(Fy(2016), Annual(12)) };
        var results = CalculateAll(definition, Months("2016-04", 1, 1, 1, 1, 1, 1, 1, 1, 1));
        var result = results.Indicators.Single();
        Assert.That(result.Ytd.Value, Is.EqualTo(9m));
        Assert.That(result.Spc!.Points, Has.Count.EqualTo(9));
        Assert.That(result.Rag, Is.EqualTo(Rag.Amber));
        Assert.That(results.Warnings.Select(w => w.Message), Has.Some.Contains("trial limits"));
    }

    [Test]
    public void Tolerance_rating_without_a_figure_is_blank()
    {
        var definition = Indicator() with { Targets = Targets(Fy(2016), Annual(12)) };
        var result = Calculate(definition, Months("2016-04", 1, 1));
        Assert.That(result.Target, Is.EqualTo(9m));
        Assert.That(result.RatedValue, Is.Null);
        Assert.That(result.Rag, Is.Null);
    }
}
