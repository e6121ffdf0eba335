using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Tests.Calculation;

public sealed class BandPolicyTests
{
    // City of London's satisfaction guide, best first: Satisfactory 85–100%, Close monitoring 80–84%, below that Action.
    private static readonly RagBand[] Satisfaction =
    [
        new(Rag.Green, "Satisfactory", 85, 100),
        new(Rag.Amber, "Close monitoring", 80, 84.99m),
        new(Rag.Red, "Action", null, null),
    ];

    // Lower is better: up to 10 days Green, up to 15 Amber, more Red.
    private static readonly RagBand[] Waiting =
    [
        new(Rag.Green, "Good", null, 10),
        new(Rag.Amber, null, null, 15),
        new(Rag.Red, "Poor", null, null),
    ];

    // A range: 28–40 Green, 20–50 Amber, nothing outside.
    private static readonly RagBand[] Referrals =
    [
        new(Rag.Green, "In range", 28, 40),
        new(Rag.Amber, "Near range", 20, 50),
    ];

    [TestCase(92, "Satisfactory")] // well inside the best band
    [TestCase(85, "Satisfactory")] // reaching the minimum is enough
    [TestCase(84.99, "Close monitoring")] // just short of the best band's minimum
    [TestCase(80, "Close monitoring")] // on the second band's minimum
    [TestCase(79.99, "Action")] // a band without a minimum catches everything
    [TestCase(120, "Satisfactory")] // higher polarity looks only at the minimum
    public void Higher_takes_the_first_band_whose_minimum_the_figure_reaches(decimal value, string expected) =>
        Assert.That(BandPolicy.Find(Satisfaction, Polarity.Higher, value)?.Label, Is.EqualTo(expected));

    [TestCase(3, "Good")] // well inside the best band
    [TestCase(10, "Good")] // not exceeding the maximum is enough
    [TestCase(10.01, null)] // the Amber band has no label
    [TestCase(15, null)] // on the second band's maximum
    [TestCase(16, "Poor")] // the last band, without a maximum, catches the rest
    public void Lower_takes_the_first_band_whose_maximum_the_figure_does_not_exceed(decimal value, string? expected)
    {
        var band = BandPolicy.Find(Waiting, Polarity.Lower, value);
        Assert.That(band, Is.Not.Null);
        Assert.That(band!.Label, Is.EqualTo(expected));
    }

    [TestCase(30, Rag.Green)] // inside the best band
    [TestCase(28, Rag.Green)] // both bounds included
    [TestCase(40, Rag.Green)] // on its maximum
    [TestCase(45, Rag.Amber)] // above the best band, inside the wider one
    [TestCase(20, Rag.Amber)] // on the wider band's minimum
    public void Band_polarity_takes_the_first_band_holding_the_figure(decimal value, Rag expected) =>
        Assert.That(BandPolicy.Find(Referrals, Polarity.Band, value)?.Rating, Is.EqualTo(expected));

    [TestCase(19.99)] // just below every band
    [TestCase(50.01)] // just above every band
    public void A_figure_no_band_holds_finds_none(decimal value) =>
        Assert.That(BandPolicy.Find(Referrals, Polarity.Band, value), Is.Null);

    [Test]
    public void The_first_band_wins_even_when_a_later_one_also_holds() =>
        Assert.That(BandPolicy.Find(Referrals, Polarity.Band, 35m)?.Label, Is.EqualTo("In range"));
}
