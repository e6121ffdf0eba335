using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>
/// The <c>target_distance</c> rule (contract section 3): target met, Green; short by no more than
/// <c>amber_within</c>, Amber; beyond, Red; direction plays no part.
/// </summary>
public sealed class TargetDistanceTests
{
    private static RagRule Rule(Tolerance amber, Tolerance? green = null, RatingBasis basis = RatingBasis.Ytd) =>
        RagRule.Default with { Method = RagMethod.TargetDistance, Basis = basis, AmberWithin = amber, GreenWithin = green };

    private static Tolerance Percent(decimal amount) => new(ToleranceKind.PercentOfTarget, amount);

    private static Tolerance Amount(decimal amount) => new(ToleranceKind.Absolute, amount);

    private static Tolerance Points(decimal amount) => new(ToleranceKind.PercentagePoints, amount);

    // Target 200, amber_within 10% (20), no green_within, unless a case says otherwise.
    [TestCase(Polarity.Higher, 200, Rag.Green)] // exactly the target is met
    [TestCase(Polarity.Higher, 260, Rag.Green)] // beyond the target is met too
    [TestCase(Polarity.Higher, 199.99, Rag.Amber)] // any shortfall is no longer Green without green_within
    [TestCase(Polarity.Higher, 180, Rag.Amber)] // short by exactly the allowance is Amber, not Red
    [TestCase(Polarity.Higher, 179.99, Rag.Red)] // a hair beyond the allowance is Red
    [TestCase(Polarity.Lower, 150, Rag.Green)] // lower is better: under the target is met
    [TestCase(Polarity.Lower, 220, Rag.Amber)] // lower: short means above the target; exactly 10% above is Amber
    [TestCase(Polarity.Lower, 220.01, Rag.Red)] // lower: just over the allowance above the target is Red
    [TestCase(Polarity.Lower, 180, Rag.Green)] // lower: what would be Amber for higher is met here
    [TestCase(Polarity.Neutral, 220, Rag.Amber)] // neutral: either side counts as short
    [TestCase(Polarity.Neutral, 179, Rag.Red)] // neutral: below by more than the allowance
    public void Ten_percent_of_the_target_is_amber(Polarity polarity, decimal value, Rag expected) =>
        Assert.That(TargetDistancePolicy.Rate(Rule(Percent(10)), polarity, value, 200m, null), Is.EqualTo(expected));

    [TestCase(195, Rag.Green)] // short by 5, exactly green_within 2.5% of 200: still Green
    [TestCase(194.99, Rag.Amber)] // just beyond green_within
    [TestCase(180, Rag.Amber)] // amber_within still ends at 10%
    public void Green_within_widens_green(decimal value, Rag expected) =>
        Assert.That(TargetDistancePolicy.Rate(Rule(Percent(10), Percent(2.5m)), Polarity.Higher, value, 200m, null), Is.EqualTo(expected));

    [TestCase(75, Rag.Amber)] // 5 points under an 80% target, exactly the allowance
    [TestCase(74.9, Rag.Red)] // more than 5 points under (5pp is not 5% of 80, which would be 4)
    [TestCase(75.5, Rag.Amber)] // short by 4.5: beyond 5% of 80 (4) but within 5 points, so points are not a share
    public void Percentage_points_are_points_not_a_share_of_the_target(decimal value, Rag expected) =>
        Assert.That(TargetDistancePolicy.Rate(Rule(Points(5)), Polarity.Higher, value, 80m, null), Is.EqualTo(expected));

    [TestCase(1250, Rag.Amber)] // lower, 250 over a 1,000 target: exactly the absolute allowance
    [TestCase(1251, Rag.Red)] // one over
    public void An_absolute_amount_is_in_the_indicator_s_unit(decimal value, Rag expected) =>
        Assert.That(TargetDistancePolicy.Rate(Rule(Amount(250)), Polarity.Lower, value, 1000m, null), Is.EqualTo(expected));

    [Test]
    public void A_percentage_of_a_negative_target_is_of_its_size()
    {
        // A target of −200 (a net change, higher is better): 10% is 20, not −20, so −220 is Amber, −221 Red.
        Assert.Multiple(() =>
        {
            Assert.That(TargetDistancePolicy.Rate(Rule(Percent(10)), Polarity.Higher, -220m, -200m, null), Is.EqualTo(Rag.Amber));
            Assert.That(TargetDistancePolicy.Rate(Rule(Percent(10)), Polarity.Higher, -221m, -200m, null), Is.EqualTo(Rag.Red));
        });
    }

    [TestCase(null, 200)] // no figure: no rating
    [TestCase(150, null)] // no target: no rating (not Red)
    public void Without_a_figure_or_a_target_there_is_no_rating(double? value, double? target) =>
        Assert.That(TargetDistancePolicy.Rate(Rule(Percent(10)), Polarity.Higher, (decimal?)value, (decimal?)target, null), Is.Null);

    [TestCase(45, Rag.Green)] // inside the range [40, 50]
    [TestCase(55, Rag.Amber)] // 5 above the top, exactly 10% of the nearer bound (50)
    [TestCase(35, Rag.Red)] // 5 below the bottom is more than 10% of 40
    public void Band_polarity_measures_the_distance_outside_the_range(decimal value, Rag expected) =>
        Assert.That(TargetDistancePolicy.Rate(Rule(Percent(10)), Polarity.Band, value, null, new TargetRange(40, 50)), Is.EqualTo(expected));

    // Quarters 30, 10, 5 against the cumulative target [15, 30, 45, 60]: Q3 alone is 5 against 15 (short by 10,
    // two thirds), worse than Q2; the year to date 45 meets 45.
    [TestCase(RatingBasis.Ytd, 50, Rag.Green)] // ytd basis: met, though the quarter fell from 10 to 5
    [TestCase(RatingBasis.Period, 70, Rag.Amber)] // period basis: short by 10 of 15, within 70%: Amber although worse (tolerance would say Red)
    [TestCase(RatingBasis.Period, 50, Rag.Red)] // period basis: beyond 50%
    public void Both_bases_rate_their_own_figure_against_their_own_target(RatingBasis basis, decimal amberPercent, Rag expected)
    {
        var definition = Indicator() with
        {
            Targets = Targets(Fy(2016), new TargetSet(null, [15, 30, 45, 60], null)),
            Rag = Rule(Percent(amberPercent), basis: basis),
        };
        var result = Calculate(definition, [Row("2016/17 Q1", 30), Row("2016/17 Q2", 10), Row("2016/17 Q3", 5)]);
        Assert.Multiple(() =>
        {
            Assert.That(result.DotShort, Is.EqualTo(Direction.Worse));
            Assert.That(result.Rag, Is.EqualTo(expected));
        });
    }

    [Test]
    public void Direction_plays_no_part()
    {
        // Q2 20 then Q3 19 (worse) against a row target of 20 with 10%: Amber, where tolerance would give Red;
        // Q2 10 then Q3 17 (better) against 20 with 10%: Red, where tolerance would give Amber.
        var definition = Indicator() with { Rag = Rule(Percent(10), basis: RatingBasis.Period) };
        var worse = Calculate(definition, [Row("2016/17 Q2", 20), Row("2016/17 Q3", 19, target: 20)]);
        var better = Calculate(definition, [Row("2016/17 Q2", 10), Row("2016/17 Q3", 17, target: 20)]);
        Assert.Multiple(() =>
        {
            Assert.That((worse.DotShort, worse.Rag), Is.EqualTo((Direction.Worse, (Rag?)Rag.Amber)));
            Assert.That((better.DotShort, better.Rag), Is.EqualTo((Direction.Better, (Rag?)Rag.Red)));
        });
    }

    // The same figure, 90 each quarter, against a target the CSV gives per quarter: 90, 100, 110.
    [TestCase("2016/17 Q1", 90, Rag.Green)] // Q1's target 90 is met
    [TestCase("2016/17 Q2", 100, Rag.Amber)] // Q2's 100: short by exactly 10%
    [TestCase("2016/17 Q3", 110, Rag.Red)] // Q3's 110: short by 20, beyond 11
    public void A_target_that_changes_each_quarter_is_followed(string period, decimal target, Rag expected)
    {
        var definition = Indicator(Aggregation.Latest) with { Rag = Rule(Percent(10), basis: RatingBasis.Period) };
        var rows = new[]
        {
            Row("2016/17 Q1", 90, target: 90), Row("2016/17 Q2", 90, target: 100), Row("2016/17 Q3", 90, target: 110),
        };
        var result = Calculate(definition, rows, period);
        Assert.Multiple(() =>
        {
            Assert.That(result.Target, Is.EqualTo(target));
            Assert.That(result.Rag, Is.EqualTo(expected));
        });
    }

    [Test]
    public void Off_target_and_the_allowance_follow_green_within()
    {
        // 195 against 200 with green_within 5: Green, not off target, allowance 5 (not the unused tolerance's 50).
        var definition = Indicator(Aggregation.Latest) with
        {
            Tolerance = Amount(50),
            Rag = Rule(Percent(10), Amount(5), RatingBasis.Period),
        };
        var result = Calculate(definition, [Row("2016/17 Q3", 195, target: 200)]);
        Assert.Multiple(() =>
        {
            Assert.That(result.Rag, Is.EqualTo(Rag.Green));
            Assert.That(result.OffTarget, Is.False);
            Assert.That(result.Allowance, Is.EqualTo(5m));
        });
    }

    [Test]
    public void A_target_indicator_without_a_target_is_unrated_and_counted_as_none()
    {
        var definition = Indicator() with { Rag = Rule(Percent(10)) };
        var results = ReportCalculator.Calculate([definition], [Row("2016/17 Q3", 5)], P("2016/17 Q3"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Indicators.Single().Rag, Is.Null);
            Assert.That(results.Summary, Is.EqualTo(new RagSummary(0, 0, 0, 1)));
        });
    }

    private static IndicatorResult Calculate(IndicatorDefinition definition, IEnumerable<Observation> rows, string period = "2016/17 Q3") =>
        ReportCalculator.Calculate([definition], [.. rows], P(period)).Indicators.Single();
}
