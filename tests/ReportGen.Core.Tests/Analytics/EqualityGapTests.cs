using ReportGen.Core.Analytics;
using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>Equality gaps: a group's rate minus the whole's, rated against a band of ± points.</summary>
public sealed class EqualityGapTests
{
    private static readonly GapSettings FivePoints = new(5m, []);

    [TestCase(-2, "Green")] // MOPAC dashboard, Black victims' satisfaction: −2 points inside ±5, G
    [TestCase(-6, "Amber")] // MOPAC dashboard, Mixed: −6 points outside ±5, A
    [TestCase(10, "Amber")] // MOPAC dashboard, "dealing with things that matter", Black: +10, A (the band is two-sided)
    [TestCase(11, "Amber")] // MOPAC dashboard, Mixed: +11, A (no red line set, so never Red)
    [TestCase(5, "Green")] // exactly on the band's edge is within it
    [TestCase(-5, "Green")] // either side
    [TestCase(0, "Green")] // no gap at all
    public void A_gap_is_green_within_the_band_and_amber_outside(decimal gap, string rating) =>
        Assert.That(GapRating.Rate(gap, FivePoints).ToString(), Is.EqualTo(rating));

    [TestCase(10, "Amber")] // on the red line is not beyond it
    [TestCase(11, "Red")] // beyond the red line
    [TestCase(-10.5, "Red")] // either way
    public void A_red_line_makes_the_widest_gaps_red(decimal gap, string rating) =>
        Assert.That(GapRating.Rate(gap, FivePoints with { RedBeyond = 10m }).ToString(), Is.EqualTo(rating));

    /// <summary>The MOPAC dashboard's indicator 5 with made-up counts giving its gaps: whole 66%, Black 64%, Mixed 60%.</summary>
    private static List<Observation> Satisfaction() =>
    [
        Row("2021/22 Q1", num: 660, den: 1000),
        Row("2021/22 Q1", num: 64, den: 100, breakdown: "Black"),
        Row("2021/22 Q1", num: 30, den: 50, breakdown: "Mixed"),
        Row("2021/22 Q1", num: 700, den: 1000, breakdown: "White"),
    ];

    [Test]
    public void The_calculation_gives_each_named_group_s_gap_in_the_definition_s_order()
    {
        var definition = Indicator(Aggregation.Ratio, Polarity.Higher, Unit.Percent) with { Gaps = new GapSettings(5m, ["Mixed", "Black"]) };
        var result = ReportCalculator.Calculate([definition], Satisfaction(), P("2021/22 Q1")).Indicators[0];
        Assert.That(result.Gaps, Is.EqualTo(new[]
        {
            new EqualityGap("Mixed", 60m, -6m, Rag.Amber),
            new EqualityGap("Black", 64m, -2m, Rag.Green),
        }));
    }

    [Test]
    public void Without_named_groups_every_group_has_its_gap_by_name()
    {
        var definition = Indicator(Aggregation.Ratio, Polarity.Higher, Unit.Percent) with { Gaps = FivePoints };
        var result = ReportCalculator.Calculate([definition], Satisfaction(), P("2021/22 Q1")).Indicators[0];
        Assert.That(result.Gaps.Select(g => (g.Breakdown, g.Gap)), Is.EqualTo(new[] { ("Black", (decimal?)-2m), ("Mixed", -6m), ("White", 4m) }));
    }

    [Test]
    public void A_named_group_without_a_figure_has_a_blank_gap_and_a_warning()
    {
        var definition = Indicator(Aggregation.Ratio, Polarity.Higher, Unit.Percent) with { Gaps = new GapSettings(5m, ["Asian"]) };
        var results = ReportCalculator.Calculate([definition], Satisfaction(), P("2021/22 Q1"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Indicators[0].Gaps, Is.EqualTo(new[] { new EqualityGap("Asian", null, null, null) }));
            Assert.That(results.Warnings.Select(w => w.Message), Has.Some.EqualTo("X: Asian has no figure, so its equality gap is blank"));
        });
    }

    [Test]
    public void Without_equality_gap_there_are_no_gaps()
    {
        var result = ReportCalculator.Calculate([Indicator(Aggregation.Ratio, unit: Unit.Percent)], Satisfaction(), P("2021/22 Q1")).Indicators[0];
        Assert.That(result.Gaps, Is.Empty);
    }
}
