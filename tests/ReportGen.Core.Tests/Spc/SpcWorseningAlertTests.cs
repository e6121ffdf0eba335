using ReportGen.Core.Indicators;
using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Spc.SpcData;

namespace ReportGen.Core.Tests.Spc;

/// <summary>
/// City of London Police's rule (Policing Plan Performance Measures 2017-18: "4 consecutive increases above a control level"), as a worsening alert
/// beside the Making Data Count rules. Limits fixed on <see cref="SpcData.Baseline"/> (mean 51, upper near limit
/// 54.547); the baseline ends on 50. A crime count: lower is better, so an increase is a worsening.
/// </summary>
public sealed class SpcWorseningAlertTests
{
    private static readonly SpcSettings CityOfLondon = FixedOnBaseline with
    {
        Improvement = SpcImprovement.Lower,
        WorseningAlert = new SpcWorseningAlert(4, SpcLevel.Mean),
    };

    [TestCase(new double[] { 51.5, 52, 53, 54 }, "1111", TestName = "Four increases, each ending above the mean, raise the alert on all four")]
    [TestCase(new double[] { 51.5, 52, 53 }, "000", TestName = "Three increases do not")]
    [TestCase(new double[] { 49, 51.5, 52, 53 }, "0000", TestName = "An increase that ends below the mean does not count: 50 to 49 falls, 49 to 51.5 is the first")]
    [TestCase(new double[] { 49, 51.5, 52, 53, 54 }, "01111", TestName = "The fourth increase above the mean raises it")]
    [TestCase(new double[] { 51.5, 52, 52, 53, 54 }, "00000", TestName = "A repeated value is no increase and ends the run")]
    [TestCase(new double[] { 51.5, 52, 53, 54, 53.5 }, "11110", TestName = "A fall ends the run; the points already flagged stay flagged")]
    [TestCase(new double[] { 51.5, 52, 53, 54, 54.5 }, "11111", TestName = "A fifth increase is part of the run")]
    public void Consecutive_increases_above_the_mean_raise_the_alert(double[] values, string expected)
    {
        var result = AfterBaseline(CityOfLondon, [.. values.Select(value => (decimal)value)]);
        var flags = string.Concat(result.Points.Skip(Baseline.Length).Select(point => point.Alert ? '1' : '0'));
        Assert.That(flags, Is.EqualTo(expected));
        Assert.That(result.Alert, Is.EqualTo(expected[^1] == '1'));
        Assert.That(result.Points.Take(Baseline.Length).Select(point => point.Alert), Is.All.False);
    }

    [Test]
    public void The_alert_can_hold_points_to_the_near_limit()
    {
        // 50 to 55 and 55 to 55.5 both rise and end beyond 54.547.
        var settings = CityOfLondon with { WorseningAlert = new SpcWorseningAlert(2, SpcLevel.NearLimit) };
        Assert.That(AfterBaseline(settings, 55, 55.5m).Alert, Is.True);
        Assert.That(AfterBaseline(settings, 54, 54.5m).Alert, Is.False);
    }

    [Test]
    public void The_alert_can_hold_points_to_the_process_limit()
    {
        // Points beyond the process limit are OutsideLimits anyway; the alert says they keep getting worse.
        var settings = CityOfLondon with { WorseningAlert = new SpcWorseningAlert(2, SpcLevel.Limit) };
        Assert.That(AfterBaseline(settings, 57, 58).Alert, Is.True);
        Assert.That(AfterBaseline(settings, 56, 58).Alert, Is.False);
    }

    [Test]
    public void When_higher_is_better_the_alert_watches_falls_below_the_line()
    {
        var settings = CityOfLondon with { Improvement = SpcImprovement.Higher };
        Assert.That(AfterBaseline(settings, 49.5m, 49, 48.5m, 48).Alert, Is.True);
        Assert.That(AfterBaseline(settings, 51.5m, 52, 53, 54).Alert, Is.False);
    }

    [Test]
    public void Alert_runs_do_not_cross_a_rebase()
    {
        // Two increases before the rebase, two after: the second segment's first point has no move.
        var settings = CityOfLondon with { FixAfter = null, Rebase = [Month(14)] };
        var result = AfterBaseline(settings, 51.5m, 52, 53, 54);
        Assert.That(result.Points.Select(point => point.Alert), Is.All.False);
        Assert.That(AfterBaseline(settings with { Rebase = [] }, 51.5m, 52, 53, 54).Alert, Is.True);
    }

    [Test]
    public void The_alert_is_not_a_Making_Data_Count_rule()
    {
        // Four increases above the mean are no trend of seven and no shift: common cause, but Red by the alert.
        var result = AfterBaseline(CityOfLondon, 51.5m, 52, 53, 54);
        Assert.That(Rules(result), Is.EqualTo(new string('.', 16)));
        Assert.That(result.Variation, Is.EqualTo(SpcVariation.CommonCause));
        Assert.That(SpcVerdict.Rating(result), Is.EqualTo(Indicators.Rag.Red));
    }
}
