using ReportGen.Core.Spc;

namespace ReportGen.Core.Tests.Spc;

/// <summary>
/// The unit tests of NHSRplotthedots' rule helpers (tests/testthat/test-ptd_calculate_point_type.R) run against ours,
/// so each helper is known to mirror the package's vector for vector. Runs of 7 as in the package.
/// </summary>
public sealed class SpcPackageHelperTests
{
    // ptd_seven_point_trend
    [TestCase(new double[] { 1, 2, 3, 4, 5, 6 }, new[] { 0, 0, 0, 0, 0, 0 }, TestName = "Six points are too few for a trend")]
    [TestCase(new double[] { 1, 2, 3, 3, 4, 5, 6 }, new[] { 0, 0, 0, 0, 0, 0, 0 }, TestName = "c(1:3, 3:6): the repeated 3 breaks the trend")]
    [TestCase(new double[] { 1, 2, 3, 4, 5, 6, 7 }, new[] { 0, 0, 0, 0, 0, 0, 1 }, TestName = "1:7 ends a rising trend at the seventh")]
    [TestCase(new double[] { 2, 1, 2, 3, 4, 5, 6, 7, 3 }, new[] { 0, 0, 0, 0, 0, 0, 0, 1, 0 }, TestName = "c(2, 1:7, 3)")]
    [TestCase(new double[] { 7, 6, 5, 4, 3, 2, 1 }, new[] { 0, 0, 0, 0, 0, 0, -1 }, TestName = "7:1 ends a falling trend")]
    [TestCase(new double[] { 2, 7, 6, 5, 4, 3, 2, 1, 3 }, new[] { 0, 0, 0, 0, 0, 0, 0, -1, 0 }, TestName = "c(2, 7:1, 3)")]
    public void Trend_ends_match_ptd_seven_point_trend(double[] values, int[] expected)
    {
        Assert.That(SpcRules.TrendEnds([.. values.Select(value => (decimal)value)], 7), Is.EqualTo(expected));
    }

    // ptd_seven_point_one_side_mean
    [TestCase(new[] { 1, 1, 1, 1, 1, 1 }, new[] { 0, 0, 0, 0, 0, 0 }, TestName = "rep(1, 6): too few")]
    [TestCase(new[] { 1, 1, 1, 1, 1, 1, -1 }, new[] { 0, 0, 0, 0, 0, 0, 0 }, TestName = "c(rep(1, 6), -1): the seventh is on the other side")]
    [TestCase(new[] { 1, 1, 1, 1, 1, 1, 1, 1, -1 }, new[] { 0, 0, 0, 0, 0, 0, 1, 1, 0 }, TestName = "c(rep(1, 8), -1)")]
    [TestCase(new[] { -1, -1, -1, -1, -1, -1, -1, -1, 1 }, new[] { 0, 0, 0, 0, 0, 0, 1, 1, 0 }, TestName = "c(rep(-1, 8), 1)")]
    [TestCase(new[] { 1, 1, 1, 0, 1, 1, 1, 1 }, new[] { 0, 0, 0, 0, 0, 0, 0, 0 }, TestName = "A point on the mean (0) breaks the run")]
    public void Shift_ends_match_ptd_seven_point_one_side_mean(int[] side, int[] expected)
    {
        Assert.That(SpcRules.ShiftEnds(side, 7), Is.EqualTo(expected));
    }

    // ptd_part_of_seven_trend
    [TestCase(new[] { 0, 0, 0, 0, 0, 0 }, new[] { false, false, false, false, false, false }, TestName = "No run ends: no point is part of one")]
    [TestCase(new[] { 0, 0, 0, 0, 0, 0, 1, 0 }, new[] { true, true, true, true, true, true, true, false }, TestName = "c(rep(0, 6), 1, 0)")]
    [TestCase(new[] { 0, 0, 0, 0, 0, 0, 0, 1, 0 }, new[] { false, true, true, true, true, true, true, true, false }, TestName = "c(rep(0, 7), 1, 0)")]
    [TestCase(new[] { 0, 0, 0, 0, 0, 0, -1, 0 }, new[] { true, true, true, true, true, true, true, false }, TestName = "c(rep(0, 6), -1, 0): a falling end counts too (issue #167)")]
    public void Parts_of_runs_match_ptd_part_of_seven_trend(int[] ends, bool[] expected)
    {
        Assert.That(SpcRules.PartOfRun(ends, 7), Is.EqualTo(expected));
    }

    // ptd_part_of_two_in_three(ptd_two_in_three(close, side), close)
    [TestCase(new[] { 1, 0, 1 }, new[] { 1, 1, 1 }, new[] { 1, 0, 1 }, TestName = "c(1, 0, 1)")]
    [TestCase(new[] { 0, 1, 1 }, new[] { 1, 1, 1 }, new[] { 0, 1, 1 }, TestName = "c(0, 1, 1)")]
    [TestCase(new[] { 1, 1, 0 }, new[] { 1, 1, 1 }, new[] { 1, 1, 0 }, TestName = "c(1, 1, 0)")]
    [TestCase(new[] { 0, 0, 1, 0, 1, 0, 0 }, new[] { 1, 1, 1, 1, 1, 1, 1 }, new[] { 0, 0, 1, 0, 1, 0, 0 }, TestName = "c(0, 0, 1, 0, 1, 0, 0)")]
    [TestCase(new[] { 0, 0, 1, 1, 0, 0, 0 }, new[] { 1, 1, 1, 1, 1, 1, 1 }, new[] { 0, 0, 1, 1, 0, 0, 0 }, TestName = "c(0, 0, 1, 1, 0, 0, 0)")]
    [TestCase(new[] { 1, 0, 0, 1 }, new[] { 1, 1, 1, 1 }, new[] { 0, 0, 0, 0 }, TestName = "c(1, 0, 0, 1): two apart in four are not two in three")]
    [TestCase(new[] { 1, 0, 0, 1, 1 }, new[] { 1, 1, 1, 1, 1 }, new[] { 0, 0, 0, 1, 1 }, TestName = "c(1, 0, 0, 1, 1)")]
    [TestCase(new[] { 1, 0, 1 }, new[] { 1, -1, 1 }, new[] { 0, 0, 0 }, TestName = "c(1, 0, 1) across the mean (issue #143)")]
    [TestCase(new[] { 0, 1, 1 }, new[] { 1, -1, 1 }, new[] { 0, 0, 0 }, TestName = "c(0, 1, 1) across the mean")]
    [TestCase(new[] { 1, 1, 0 }, new[] { 1, -1, 1 }, new[] { 0, 0, 0 }, TestName = "c(1, 1, 0) across the mean")]
    [TestCase(new[] { 0, 0, 1, 0, 1, 0, 0 }, new[] { 1, -1, 1, -1, 1, -1, 1 }, new[] { 0, 0, 0, 0, 0, 0, 0 }, TestName = "Alternating sides")]
    [TestCase(new[] { 0, 0, 1, 1, 0, 0, 0 }, new[] { -1, 1, -1, 1, -1, 1, -1 }, new[] { 0, 0, 0, 0, 0, 0, 0 }, TestName = "Alternating sides the other way")]
    public void Two_in_three_matches_the_package(int[] close, int[] side, int[] expected)
    {
        var flagged = SpcRules.TwoInThree([.. close.Select(c => c == 1)], side);
        Assert.That(flagged.Select(f => f ? 1 : 0), Is.EqualTo(expected));
    }
}
