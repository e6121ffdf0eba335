using ReportGen.Core.Analytics;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>The Wilson score interval, against Newcombe (1998) table I's Wilson column and Python.</summary>
public sealed class WilsonIntervalTests
{
    [TestCase(81, 263, 95, 0.2552885198782743, 0.3662095769828001)] // Newcombe's example 1: 0.2553 to 0.3662
    [TestCase(15, 148, 95, 0.0623863995307363, 0.160487241723308)] // Newcombe's example 2: 0.0624 to 0.1605
    [TestCase(0, 20, 95, 0.0, 0.1611251580528193)] // 0%: the interval starts at 0, not below it
    [TestCase(1, 29, 95, 0.006113214292762653, 0.17175521879320282)] // a single success: not symmetric about p
    [TestCase(29, 29, 95, 0.8830302015002593, 1.0)] // 100%: the interval ends at 1, not above it
    [TestCase(305, 426, 95, 0.6713575952801789, 0.7567072091358942)] // the City of London measures' cumulative satisfaction, 72%
    [TestCase(305, 426, 99, 0.6567066670375944, 0.7685942077776103)] // the same at 99%: wider
    public void The_interval_matches_the_reference(double successes, double trials, double confidence, double low, double high)
    {
        var interval = WilsonInterval.Of(successes, trials, confidence)!.Value;
        Assert.Multiple(() =>
        {
            Assert.That(interval.Low, Is.EqualTo(low).Within(1e-12));
            Assert.That(interval.High, Is.EqualTo(high).Within(1e-12));
        });
    }

    [TestCase(0, 0)] // no responses: no interval, never a division by zero
    [TestCase(5, 4)] // more successes than trials is not a proportion
    [TestCase(-1, 4)] // nor is a negative count
    public void Counts_that_are_not_a_proportion_have_no_interval(double successes, double trials) =>
        Assert.That(WilsonInterval.Of(successes, trials, 95), Is.Null);
}
