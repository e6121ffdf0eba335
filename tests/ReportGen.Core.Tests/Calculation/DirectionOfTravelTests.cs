using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Core.Tests.Calculation;

public sealed class DirectionOfTravelTests
{
    private static readonly TargetRange Range = new(28, 40);

    [TestCase(Polarity.Higher, 5, 4, Direction.Better)] // higher is better: a rise
    [TestCase(Polarity.Higher, 4, 5, Direction.Worse)] // ... and a fall
    [TestCase(Polarity.Lower, 4355, 4290, Direction.Worse)] // Havering CSP1: more crime than last quarter
    [TestCase(Polarity.Lower, 4290, 4355, Direction.Better)] // less crime is better
    [TestCase(Polarity.Higher, 4, 4, Direction.Same)] // equal at full precision
    [TestCase(Polarity.Lower, 4, 4, Direction.Same)] // equal is the same for either polarity
    [TestCase(Polarity.Higher, 4.0000001, 4, Direction.Better)] // no threshold: the smallest difference counts
    public void Direction_is_in_the_polarity_s_sense(Polarity polarity, decimal now, decimal then, Direction expected) =>
        Assert.That(DirectionOfTravel.Compare(now, then, polarity, null, null), Is.EqualTo(expected));

    [TestCase(30, 45, Direction.Better)] // into the range from above
    [TestCase(45, 30, Direction.Worse)] // out of it
    [TestCase(30, 39, Direction.Same)] // both inside: distance 0 each
    [TestCase(20, 44, Direction.Worse)] // 8 below is further than 4 above
    [TestCase(25, 43, Direction.Same)] // 3 below and 3 above are as far
    public void A_band_indicator_is_better_closer_to_its_range(decimal now, decimal then, Direction expected) =>
        Assert.That(DirectionOfTravel.Compare(now, then, Polarity.Band, Range, null), Is.EqualTo(expected));

    [Test]
    public void A_band_indicator_without_a_range_has_no_direction() =>
        Assert.That(DirectionOfTravel.Compare(30m, 20m, Polarity.Band, null, null), Is.Null);

    [TestCase(100, 102, Direction.Same)] // within the threshold of 2
    [TestCase(100, 98, Direction.Same)] // within the threshold below
    [TestCase(102, 100, Direction.Same)] // exactly the threshold is the same
    [TestCase(102.01, 100, Direction.Better)] // beyond it
    [TestCase(97.99, 100, Direction.Worse)] // beyond it below
    public void A_dot_threshold_widens_same(decimal now, decimal then, Direction expected) =>
        Assert.That(DirectionOfTravel.Compare(now, then, Polarity.Higher, null, 2m), Is.EqualTo(expected));

    [TestCase(null, 4)] // no current figure
    [TestCase(4, null)] // no earlier figure (the first period of data)
    [TestCase(null, null)] // neither
    public void Either_figure_missing_gives_no_direction(decimal? now, decimal? then) =>
        Assert.That(DirectionOfTravel.Compare(now, then, Polarity.Higher, null, null), Is.Null);
}
