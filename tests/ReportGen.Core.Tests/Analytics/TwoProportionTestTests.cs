using ReportGen.Core.Analytics;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>The pooled two-proportion z test, against Python's erfc.</summary>
public sealed class TwoProportionTestTests
{
    [TestCase(120, 200, 100, 200, 2.0100756305184238, 0.04442318485000612)] // 60% v 50% of 200: just significant at 95%
    [TestCase(60, 100, 50, 100, 1.4213381090374024, 0.1552184896846842)] // the same rates from half the sample: not significant
    [TestCase(860, 1000, 830, 1000, 1.8535830666980762, 0.06379883202375143)] // a 3-point rise in a large survey: not quite
    [TestCase(801, 1000, 856, 1000, -3.262641628389712, 0.0011037900381625826)] // a 5.5-point fall: z is negative, p two-sided
    public void The_statistic_and_p_value_match_the_reference(double x1, double n1, double x2, double n2, double z, double p)
    {
        var test = TwoProportionTest.Test(x1, n1, x2, n2)!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(test.Z, Is.EqualTo(z).Within(1e-12));
            Assert.That(test.PValue, Is.EqualTo(p).Within(1e-12));
        });
    }

    [TestCase(0, 0, 5, 10)] // an empty sample
    [TestCase(5, 10, 0, 0)] // the other empty
    [TestCase(0, 10, 0, 20)] // both 0%: no variation, no test (not a division by zero)
    [TestCase(10, 10, 20, 20)] // both 100%
    [TestCase(11, 10, 5, 10)] // not a proportion
    public void Samples_that_cannot_be_tested_give_no_test(double x1, double n1, double x2, double n2) =>
        Assert.That(TwoProportionTest.Test(x1, n1, x2, n2), Is.Null);

    [Test]
    public void Swapping_the_samples_changes_only_the_sign()
    {
        var forward = TwoProportionTest.Test(120, 200, 100, 210)!.Value;
        var back = TwoProportionTest.Test(100, 210, 120, 200)!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(back.Z, Is.EqualTo(-forward.Z).Within(1e-15));
            Assert.That(back.PValue, Is.EqualTo(forward.PValue).Within(1e-15));
        });
    }
}
