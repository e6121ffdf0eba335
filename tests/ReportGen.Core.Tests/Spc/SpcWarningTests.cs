using ReportGen.Core.Indicators;
using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Spc.SpcData;

namespace ReportGen.Core.Tests.Spc;

/// <summary>What the analysis tells the analyst: trial limits and rebase periods that match nothing.</summary>
public sealed class SpcWarningTests
{
    [TestCase(12, 1, TestName = "Twelve points give trial limits (ptd_add_short_group_warnings: n < 13)")]
    [TestCase(13, 0, TestName = "Thirteen points are enough")]
    [TestCase(1, 1, TestName = "One point gives trial limits")]
    public void Fewer_than_13_points_in_a_segment_give_trial_limits(int count, int warnings)
    {
        var result = SpcAnalysis.Analyse(Series([.. Enumerable.Range(0, count).Select(i => (decimal)(i % 3))]), SpcSettings.Default);
        Assert.That(result.Warnings, Has.Count.EqualTo(warnings));
    }

    [Test]
    public void The_trial_limits_warning_names_the_points_and_says_what_it_means()
    {
        var result = SpcAnalysis.Analyse(Series(Baseline), SpcSettings.Default);
        Assert.That(result.Warnings.Single(), Is.EqualTo(
            "the SPC limits (2015-04 to 2016-03) rest on 12 points, fewer than the 13 Making Data Count asks for, so "
            + "they are trial limits: they will move as points are added, and signals against them are provisional"));
    }

    [Test]
    public void Each_short_segment_is_named()
    {
        // 20 points cut at the 15th: 14 then 6; only the second is short.
        var values = Enumerable.Range(0, 20).Select(i => (decimal)(i % 2)).ToArray();
        var result = SpcAnalysis.Analyse(Series(values), SpcSettings.Default with { Rebase = [Month(14)] });
        Assert.That(result.Warnings.Single(), Does.StartWith("the SPC limits of the segment 2016-06 to 2016-11 rest on 6 points"));
    }

    [Test]
    public void A_rebase_period_that_matches_no_point_is_named()
    {
        var result = SpcAnalysis.Analyse(Series([.. Baseline, 52]), SpcSettings.Default with { Rebase = ["2016-4"] });
        Assert.That(result.Points.Select(point => point.Segment), Is.All.EqualTo(0));
        Assert.That(result.Warnings.Single(), Is.EqualTo(
            "the SPC rebase at 2016-4 matches no period of the series (2015-04 to 2016-04), so no new segment starts "
            + "there; write it as the data writes its periods (2016-04 for a month)"));
    }

    [Test]
    public void A_worsening_alert_with_neutral_improvement_is_not_checked_and_says_so()
    {
        var settings = FixedOnBaseline with { Improvement = SpcImprovement.Neutral, WorseningAlert = new SpcWorseningAlert(4, SpcLevel.Mean) };
        var result = AfterBaseline(settings, 51.5m, 52, 53, 54);
        Assert.That(result.Alert, Is.False);
        Assert.That(result.Warnings, Has.Some.StartsWith("the worsening alert needs to know which way is worse"));
    }

    [TestCase(1, TestName = "A run of one point is no run")]
    [TestCase(0, TestName = "Nor is a run of none")]
    public void Run_lengths_below_two_are_refused(int length)
    {
        Assert.That(() => SpcSettings.Default with { ShiftLength = length }, Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => SpcSettings.Default with { TrendLength = length }, Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => SpcSettings.Default with { FixAfter = length }, Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
