using ReportGen.Core.Analytics;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>The normal distribution behind the survey statistics, against Python's statistics.NormalDist and erfc.</summary>
public sealed class NormalDistributionTests
{
    [TestCase(0.975, 1.9599639845400536)] // the 95% two-sided critical value
    [TestCase(0.995, 2.5758293035489)] // 99%
    [TestCase(0.95, 1.6448536269514715)] // 90%
    [TestCase(0.5, 0.0)] // the median: the centre branch at its middle
    [TestCase(0.001, -3.090232306167813)] // the lower-tail branch of Acklam's approximation
    [TestCase(0.9999, 3.7190164854557084)] // the upper-tail branch
    [TestCase(1e-10, -6.361340902404056)] // deep in the tail, where the CDF's continued fraction polishes it
    public void The_quantile_matches_the_reference_to_twelve_digits(double p, double expected) =>
        Assert.That(NormalDistribution.Quantile(p), Is.EqualTo(expected).Within(1e-12));

    [TestCase(0.0, 0.5)] // the centre
    [TestCase(1.0, 0.8413447460685429)] // the Taylor series
    [TestCase(-1.0, 0.15865525393145707)] // negative arguments through the same series
    [TestCase(1.959963984540054, 0.975)] // the round trip of the 95% critical value
    [TestCase(4.9, 0.9999995208167234)] // the series at the edge of its range
    public void The_cdf_matches_the_reference(double x, double expected) =>
        Assert.That(NormalDistribution.Cdf(x), Is.EqualTo(expected).Within(1e-14));

    [TestCase(3.0, 0.0013498980316300957)] // the series, subtracted from 0.5
    [TestCase(5.0, 2.866515718791946e-07)] // the continued fraction starts here
    [TestCase(6.0, 9.865876450377012e-10)] // the continued fraction
    [TestCase(8.0, 6.220960574271819e-16)] // far out: relative accuracy survives where 1 − Φ would not
    public void The_upper_tail_is_accurate_relative_to_its_size(double x, double expected) =>
        Assert.That(NormalDistribution.UpperTail(x), Is.EqualTo(expected).Within(expected * 1e-8));

    [TestCase(0.0)] // a probability of 0 has no quantile
    [TestCase(1.0)] // nor has 1
    [TestCase(double.NaN)] // nor has no number
    public void A_probability_outside_0_to_1_is_a_bug(double p) =>
        Assert.That(() => NormalDistribution.Quantile(p), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
