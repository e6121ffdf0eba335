using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class TargetCheckerTests
{
    private static readonly Tolerance FivePercent = new(ToleranceKind.PercentOfTarget, 5);

    [Test]
    public void A_figure_is_held_against_its_target_with_the_allowance()
    {
        var definition = Indicator(polarity: Polarity.Lower) with { Tolerance = FivePercent };
        Assert.That(TargetChecker.Check(definition, 13143m, 12375m, null), Is.EqualTo(new TargetCheck(12375m, 618.75m, true)));
    }

    [Test]
    public void Without_a_target_there_is_no_verdict() =>
        Assert.That(TargetChecker.Check(Indicator(), 13143m, null, null), Is.EqualTo(TargetCheck.None));

    [Test]
    public void Without_a_figure_the_target_and_allowance_are_kept_but_there_is_no_verdict()
    {
        var definition = Indicator() with { Tolerance = FivePercent };
        Assert.That(TargetChecker.Check(definition, null, 100m, null), Is.EqualTo(new TargetCheck(100m, 5m, null)));
    }

    [Test]
    public void Without_a_tolerance_any_shortfall_is_off_target() =>
        Assert.That(TargetChecker.Check(Indicator(), 99.99m, 100m, null).OffTarget, Is.True);

    [TestCase(26, false)] // 2pp below 28–40 with a 2pp tolerance: within
    [TestCase(25, true)] // 3pp below: beyond the tolerance
    [TestCase(33, false)] // inside the range
    public void A_band_indicator_is_held_against_its_range(decimal value, bool expected)
    {
        var definition = Indicator(polarity: Polarity.Band, unit: Unit.Percent) with
        {
            Tolerance = new Tolerance(ToleranceKind.PercentagePoints, 2),
        };
        var check = TargetChecker.Check(definition, value, null, new TargetRange(28, 40));
        Assert.That(check.OffTarget, Is.EqualTo(expected));
        Assert.That(check.Allowance, Is.EqualTo(2m));
    }

    [Test]
    public void A_band_indicator_without_a_range_has_no_verdict() =>
        Assert.That(TargetChecker.Check(Indicator(polarity: Polarity.Band), 30m, null, null).OffTarget, Is.Null);
}
