using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Tests.Calculation;

public sealed class TolerancePolicyTests
{
    [TestCase(ToleranceKind.PercentOfTarget, 5, 12375, 618.75)] // 5% of the target
    [TestCase(ToleranceKind.PercentOfTarget, 5, -200, 10)] // a percentage of |target|, never negative
    [TestCase(ToleranceKind.Absolute, 100, 12375, 100)] // an amount in the unit
    [TestCase(ToleranceKind.PercentagePoints, 3, 28, 3)] // points, not 3% of 28
    public void The_allowance_follows_the_kind_of_tolerance(ToleranceKind kind, decimal amount, decimal target, decimal expected) =>
        Assert.That(TolerancePolicy.Allowance(new Tolerance(kind, amount), target), Is.EqualTo(expected));

    [Test]
    public void No_tolerance_allows_nothing() => Assert.That(TolerancePolicy.Allowance(null, 100m), Is.EqualTo(0m));

    [TestCase(Polarity.Lower, 12993.75, false)] // exactly at the edge (12375 + 618.75) is within
    [TestCase(Polarity.Lower, 12994.75, true)] // one unit beyond it is off
    [TestCase(Polarity.Lower, 13143, true)] // Havering's CSP1 YTD
    [TestCase(Polarity.Lower, 10000, false)] // far better than the target is on target
    [TestCase(Polarity.Higher, 11756.25, false)] // exactly at the edge (12375 − 618.75) is within
    [TestCase(Polarity.Higher, 11755.25, true)] // one unit beyond it is off
    [TestCase(Polarity.Higher, 20000, false)] // far better than the target
    [TestCase(Polarity.Band, 12993.75, false)] // a single band target: either side within the allowance
    [TestCase(Polarity.Band, 11755.25, true)] // ... and beyond it below
    public void Off_target_means_worse_by_more_than_the_allowance(Polarity polarity, decimal value, bool expected) =>
        Assert.That(TolerancePolicy.IsOffTarget(value, 12375m, 618.75m, polarity), Is.EqualTo(expected));

    [TestCase(25, false)] // 28 − 3pp: exactly at the edge
    [TestCase(24.99, true)] // a hundredth beyond
    [TestCase(25.68, false)] // MARAC's YTD 25.68% against 28% ±3pp
    public void Percentage_points_widen_a_rate_s_target(decimal value, bool expected) =>
        Assert.That(TolerancePolicy.IsOffTarget(value, 28m, 3m, Polarity.Higher), Is.EqualTo(expected));

    [TestCase(27, 0, true)] // below a 28–40 range, no tolerance
    [TestCase(28, 0, false)] // on its bound
    [TestCase(40, 0, false)] // on the other bound
    [TestCase(34, 0, false)] // inside
    [TestCase(41, 0, true)] // above
    [TestCase(26, 2, false)] // 2 below the range with an allowance of 2: exactly at the edge
    [TestCase(25.9, 2, true)] // beyond the edge
    [TestCase(42, 2, false)] // 2 above with an allowance of 2: at the edge
    [TestCase(42.1, 2, true)] // beyond it
    public void A_band_is_off_target_when_outside_its_range_by_more_than_the_allowance(decimal value, decimal allowance, bool expected) =>
        Assert.That(TolerancePolicy.IsOffRange(value, new TargetRange(28, 40), allowance), Is.EqualTo(expected));

    [TestCase(20, 1.4)] // below the range: 5% of its minimum, 28
    [TestCase(50, 2)] // above: 5% of its maximum, 40
    [TestCase(30, 1.4)] // inside, nearer the minimum
    [TestCase(39, 2)] // inside, nearer the maximum
    public void A_percentage_tolerance_on_a_range_is_taken_of_the_nearer_bound(decimal value, decimal expected) =>
        Assert.That(
            TolerancePolicy.Allowance(new Tolerance(ToleranceKind.PercentOfTarget, 5), new TargetRange(28, 40), value),
            Is.EqualTo(expected));

    [Test]
    public void An_absolute_tolerance_on_a_range_is_its_amount() =>
        Assert.That(TolerancePolicy.Allowance(new Tolerance(ToleranceKind.Absolute, 2), new TargetRange(null, 5), 7m), Is.EqualTo(2m));
}
