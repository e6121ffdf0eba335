using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Spc.SpcData;

namespace ReportGen.Core.Tests.Spc;

/// <summary>
/// The four Making Data Count rules and their priority, point by point, as NHSRplotthedots' ptd_special_cause_type
/// applies them. Every case follows <see cref="SpcData.Baseline"/> with the limits fixed on it, so the lines are
/// the same throughout: limits [45.68, 56.32], near limits [47.453, 54.547], mean 51. The expected pictures were
/// worked by hand and checked against a line-by-line port of the package's R code.
/// </summary>
public sealed class SpcRuleTests
{
    [TestCase(new double[] { 48, 49, 50, 51.5, 52, 53, 54 }, "TTTTTTT",
        TestName = "Seven points each rising make a trend, though they cross the mean")]
    [TestCase(new double[] { 48, 49, 50, 50, 51.5, 52, 53, 54 }, "........",
        TestName = "A repeated value breaks a trend: 50, 50 is no rise, leaving runs of 3 and 5")]
    [TestCase(new double[] { 48, 49, 50, 51.5, 52, 53 }, "......",
        TestName = "Six rising points are not a trend of seven")]
    [TestCase(new double[] { 48, 49, 50, 51.5, 53, 54, 57 }, "TTTTTTO",
        TestName = "Outside the limits wins over trend: 57 > 56.32 ends a rising run")]
    [TestCase(new double[] { 52, 51.5, 52, 51.5, 52, 51.5, 52 }, "SSSSSSS",
        TestName = "Seven points above the mean make a shift")]
    [TestCase(new double[] { 52, 51.5, 52, 51, 52, 51.5, 52, 51.5 }, "........",
        TestName = "A point on the mean breaks a shift: 51 is on neither side, leaving runs of 3 and 4")]
    [TestCase(new double[] { 52, 51.5, 52, 51.5, 52, 51.5 }, "......",
        TestName = "Six points above the mean are not a shift of seven")]
    [TestCase(new double[] { 54, 53.5, 53, 52.5, 52, 51.5, 51.2 }, "TTTTTTT",
        TestName = "Trend wins over shift: seven falling points all above the mean")]
    [TestCase(new double[] { 55, 51.5, 55 }, "2.2",
        TestName = "Two of three beyond the upper near limit: only the two near the limit are flagged")]
    [TestCase(new double[] { 47, 50.5, 47 }, "2.2",
        TestName = "Two of three beyond the lower near limit")]
    [TestCase(new double[] { 55, 47, 55 }, "...",
        TestName = "Two of three must be on one side of the mean: 55, 47, 55 all near a limit but not one side")]
    [TestCase(new double[] { 57, 55, 51.5 }, "O..",
        TestName = "A point outside the limits does not count towards two of three")]
    [TestCase(new double[] { 55, 55 }, "..",
        TestName = "Two of three needs a third point on the same side: the 50 before is below, and nothing follows yet")]
    [TestCase(new double[] { 51.5, 55, 55 }, ".22",
        TestName = "Two of three with the third point before them, above the mean too")]
    [TestCase(new double[] { 57 }, "O", TestName = "Above the upper limit")]
    [TestCase(new double[] { 45 }, "O", TestName = "Below the lower limit")]
    [TestCase(new double[] { 56.32 }, ".", TestName = "Exactly on the upper limit is not outside it (strict)")]
    [TestCase(new double[] { 45.68 }, ".", TestName = "Exactly on the lower limit is not outside it (strict)")]
    public void Each_point_gets_the_first_rule_that_flags_it(double[] values, string expected)
    {
        var result = AfterBaseline(null, [.. values.Select(value => (decimal)value)]);
        Assert.That(Rules(result), Is.EqualTo("............" + expected));
    }

    [Test]
    public void A_shift_counts_the_points_before_it()
    {
        // Six points below the mean after the baseline's last 50, which is the seventh.
        var result = AfterBaseline(null, 50.5m, 50, 50.5m, 50, 50.5m, 50);
        Assert.That(Rules(result), Is.EqualTo("..........." + "S" + "SSSSSS"));
        Assert.That(result.Points.Skip(11).Select(point => point.Variation), Is.All.EqualTo(SpcVariation.Concern));
    }

    [TestCase(6, new double[] { 48, 49, 50, 51.5, 52, 53 }, "TTTTTT", TestName = "The Excel tool's 6-point trend")]
    [TestCase(5, new double[] { 48, 49, 50, 51.5, 52, 53 }, "TTTTTT", TestName = "Any run of at least the length is flagged whole")]
    public void The_trend_length_is_a_setting(int length, double[] values, string expected)
    {
        var result = AfterBaseline(FixedOnBaseline with { TrendLength = length, ShiftLength = 12 }, [.. values.Select(value => (decimal)value)]);
        Assert.That(Rules(result, skip: Baseline.Length), Is.EqualTo(expected));
    }

    [Test]
    public void The_Excel_tool_s_6_point_shift_is_a_setting()
    {
        decimal[] above = [52, 51.5m, 52, 51.5m, 52, 51.5m];
        Assert.That(Rules(AfterBaseline(null, above), skip: 12), Is.EqualTo("......"));
        Assert.That(Rules(AfterBaseline(FixedOnBaseline with { ShiftLength = 6 }, above), skip: 12), Is.EqualTo("SSSSSS"));
    }

    [Test]
    public void Two_trends_meeting_at_equal_values_mark_the_peak_as_falling_as_the_package_does()
    {
        // 48…54 rises for seven points, 54…48 falls for seven. The first 54 ends the rising trend, but its next point
        // is in a trend too, so the package takes the direction towards it: 54 to 54 is not a rise, so "Decreasing".
        var result = AfterBaseline(null, 48, 49, 50, 51, 52, 53, 54, 54, 53, 52, 51, 50, 49, 48);
        var variations = result.Points.Skip(12).Select(point => point.Variation).ToList();
        Assert.That(Rules(result, skip: 12), Is.EqualTo("TTTTTTTTTTTTTT"));
        Assert.That(variations.Take(6), Is.All.EqualTo(SpcVariation.Improvement));
        Assert.That(variations.Skip(6), Is.All.EqualTo(SpcVariation.Concern));
    }

    [Test]
    public void Runs_do_not_cross_a_rebase()
    {
        // Six rising points, then a rebase at the seventh (2016-10, the 19th month): a run of six and a run of one.
        // The new segment's one point is its own mean, with limits on it (no moving range), so it is not outside.
        decimal[] rising = [48, 49, 50, 51.5m, 52, 53, 54];
        var together = AfterBaseline(null, rising);
        var apart = AfterBaseline(FixedOnBaseline with { Rebase = [Month(18)] }, rising);
        Assert.That(Rules(together, skip: 12), Is.EqualTo("TTTTTTT"));
        Assert.That(Rules(apart, skip: 12), Is.EqualTo("......."));
        Assert.That(apart.Points[^1].Segment, Is.EqualTo(1));
        Assert.That(apart.Mean, Is.EqualTo(54m));
    }
}
