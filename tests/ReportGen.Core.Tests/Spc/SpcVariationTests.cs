using ReportGen.Core.Indicators;
using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Spc.SpcData;

namespace ReportGen.Core.Tests.Spc;

/// <summary>
/// The variation of the last point (ptd_point_type): the side of the signal, or for a trend its direction, against
/// the improvement direction. Limits fixed on <see cref="SpcData.Baseline"/>: [45.68, 56.32], mean 51.
/// </summary>
public sealed class SpcVariationTests
{
    [TestCase(new double[] { 57.0 }, SpcImprovement.Higher, SpcVariation.Improvement, TestName = "Above the limit, higher is better: improvement")]
    [TestCase(new double[] { 57.0 }, SpcImprovement.Lower, SpcVariation.Concern, TestName = "Above the limit, lower is better: concern")]
    [TestCase(new double[] { 57.0 }, SpcImprovement.Neutral, SpcVariation.NeutralHigh, TestName = "Above the limit, neutral: high")]
    [TestCase(new double[] { 45.0 }, SpcImprovement.Higher, SpcVariation.Concern, TestName = "Below the limit, higher is better: concern")]
    [TestCase(new double[] { 45.0 }, SpcImprovement.Lower, SpcVariation.Improvement, TestName = "Below the limit, lower is better: improvement")]
    [TestCase(new double[] { 45.0 }, SpcImprovement.Neutral, SpcVariation.NeutralLow, TestName = "Below the limit, neutral: low")]
    [TestCase(new double[] { 48, 49, 50, 51.5, 52, 53, 54 }, SpcImprovement.Lower, SpcVariation.Concern, TestName = "A rising trend when lower is better: concern")]
    [TestCase(new double[] { 54, 53.5, 53, 52.5, 52, 51.5, 51.2 }, SpcImprovement.Higher, SpcVariation.Concern,
        TestName = "A falling trend above the mean is a concern when higher is better: the trend's direction counts, not the side (the package's issue #171)")]
    [TestCase(new double[] { 54, 53.5, 53, 52.5, 52, 51.5, 51.2 }, SpcImprovement.Lower, SpcVariation.Improvement, TestName = "The same trend when lower is better: improvement")]
    [TestCase(new double[] { 54, 53.5, 53, 52.5, 52, 51.5, 51.2 }, SpcImprovement.Neutral, SpcVariation.NeutralLow, TestName = "The same trend, neutral: low")]
    [TestCase(new double[] { 47, 50.5, 47 }, SpcImprovement.Lower, SpcVariation.Improvement, TestName = "Two in three below, lower is better: improvement")]
    [TestCase(new double[] { 52, 51.5, 52, 51.5, 52, 51.5, 52 }, SpcImprovement.Higher, SpcVariation.Improvement, TestName = "A shift above, higher is better: improvement")]
    [TestCase(new double[] { 52, 51.5, 52, 51.5, 52, 51.5, 52 }, SpcImprovement.Neutral, SpcVariation.NeutralHigh, TestName = "A shift above, neutral: high")]
    [TestCase(new double[] { 51.5 }, SpcImprovement.Higher, SpcVariation.CommonCause, TestName = "No rule: common cause, whatever the direction")]
    public void The_last_point_s_signal_and_the_improvement_direction_give_the_variation(
        double[] values, SpcImprovement improvement, SpcVariation expected)
    {
        var result = AfterBaseline(FixedOnBaseline with { Improvement = improvement }, [.. values.Select(value => (decimal)value)]);
        Assert.That(result.Variation, Is.EqualTo(expected));
        Assert.That(result.Points[^1].Variation, Is.EqualTo(expected));
        Assert.That(result.Improvement, Is.EqualTo(improvement));
    }

    [Test]
    public void Without_an_improvement_direction_higher_is_better_as_in_the_package()
    {
        var result = AfterBaseline(null, 57);
        Assert.That(result.Improvement, Is.EqualTo(SpcImprovement.Higher));
        Assert.That(result.Variation, Is.EqualTo(SpcVariation.Improvement));
    }

    [Test]
    public void Only_the_last_point_decides_the_variation()
    {
        // A point above the limit, then one back inside: the chart is common cause now.
        var result = AfterBaseline(null, 57, 51.5m);
        Assert.That(result.Points[^2].Variation, Is.EqualTo(SpcVariation.Improvement));
        Assert.That(result.Variation, Is.EqualTo(SpcVariation.CommonCause));
    }
}
