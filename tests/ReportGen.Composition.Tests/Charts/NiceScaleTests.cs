using ReportGen.Composition.Charts;

namespace ReportGen.Composition.Tests.Charts;

/// <summary>The value axis composition picks: round bounds, a 1-2-2.5-5 step, about five ticks.</summary>
public sealed class NiceScaleTests
{
    // Havering's monthly offences: zero is far below, so the scale hugs the data.
    [TestCase(1215, 1530, false, true, 1200, 1600, 100)]
    // Monthly ASB: 322 is more than a third of 781, so the scale still hugs the data.
    [TestCase(322, 781, false, true, 200, 800, 200)]
    // A low value under a third of the highest: zero is close enough to include.
    [TestCase(100, 781, false, true, 0, 800, 200)]
    // Bars always start at zero, and a top value on a gridline gets one more step of air.
    [TestCase(2, 4, true, true, 0, 5, 1)]
    // Counts never step by less than one, nor by 2.5.
    [TestCase(0, 3, true, true, 0, 4, 1)]
    [TestCase(0, 9, true, true, 0, 10, 5)]
    // Rates may step by fractions.
    [TestCase(25.7, 31.3, false, false, 24, 32, 2)]
    [TestCase(0.1, 0.9, true, false, 0, 1, 0.25)]
    // A single value gets room either side.
    [TestCase(50, 50, false, false, 40, 60, 5)]
    public void Picks_round_bounds_and_steps(double low, double high, bool fromZero, bool whole, double min, double max, double step)
    {
        var scale = NiceScale.For((decimal)low, (decimal)high, fromZero, whole);

        Assert.That((scale.Minimum, scale.Maximum, scale.Step), Is.EqualTo(((decimal)min, (decimal)max, (decimal)step)));
    }

    [Test]
    public void A_percentage_scale_stops_at_100()
    {
        var scale = NiceScale.For(60, 99, fromZero: true, wholeNumbers: false, ceiling: 100);

        Assert.That(scale.Maximum, Is.EqualTo(100m));
    }

    [Test]
    public void Ticks_run_from_the_bottom_to_the_top_exactly()
    {
        var scale = NiceScale.For(0.1m, 0.9m, fromZero: true, wholeNumbers: false);

        Assert.That(scale.Ticks(), Is.EqualTo(new[] { 0m, 0.25m, 0.5m, 0.75m, 1.0m }));
        Assert.That(scale.Decimals, Is.EqualTo(2));
    }

    [Test]
    public void Every_value_lies_within_the_scale()
    {
        // A sweep of awkward ranges: the bounds always cover the values and the step divides the span.
        for (var low = -37m; low < 400; low += 23.7m)
        {
            for (var span = 0.01m; span < 5000; span *= 3.1m)
            {
                var scale = NiceScale.For(low, low + span, fromZero: false, wholeNumbers: false);
                Assert.That(scale.Minimum, Is.LessThanOrEqualTo(low));
                Assert.That(scale.Maximum, Is.GreaterThanOrEqualTo(low + span));
                Assert.That((scale.Maximum - scale.Minimum) % scale.Step, Is.Zero);
                Assert.That(scale.Ticks(), Has.Count.InRange(3, 8));
            }
        }
    }
}
