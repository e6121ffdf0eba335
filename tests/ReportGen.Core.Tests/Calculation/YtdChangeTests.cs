using ReportGen.Core.Calculation;

namespace ReportGen.Core.Tests.Calculation;

public sealed class YtdChangeTests
{
    [TestCase(13143, 12573, 4.5)] // Havering CSP1: +4.5% to one place
    [TestCase(4810, 3817, 26.0)] // Havering ASB: +26.0%
    [TestCase(50, 100, -50.0)] // a fall is negative
    [TestCase(100, 100, 0.0)] // no change is 0, not blank
    public void The_change_is_relative_to_last_year(decimal ytd, decimal lastYear, decimal expectedToOnePlace) =>
        Assert.That(Rounding.ForDisplay(YtdChange.Percent(ytd, lastYear)!.Value, 1), Is.EqualTo(expectedToOnePlace));

    [Test]
    public void The_change_is_unrounded() =>
        Assert.That(YtdChange.Percent(13143m, 12573m), Is.EqualTo(57000m / 12573m));

    [TestCase(5, 0)] // last year 0: no percentage
    [TestCase(5, null)] // last year missing
    [TestCase(null, 5)] // this year missing
    public void No_change_without_a_non_zero_last_year(decimal? ytd, decimal? lastYear) =>
        Assert.That(YtdChange.Percent(ytd, lastYear), Is.Null);
}
