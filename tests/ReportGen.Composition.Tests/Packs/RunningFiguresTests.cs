using ReportGen.Composition.Tables;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>Running figures (a year to date month by month, a cumulative survey) aggregate as the core does over a span.</summary>
public sealed class RunningFiguresTests
{
    private static IndicatorDefinition Definition(Aggregation aggregation, Unit unit = Unit.Count) =>
        new("X", "X") { Aggregation = aggregation, Unit = unit };

    [Test]
    public void A_ratio_adds_its_parts_before_dividing_never_averaging_rates()
    {
        // The City of London measures' first two quarters: 21 of 53, then 18 of 25: 39 of 78 = 50%, not the mean of 39.6% and 72%.
        var running = RunningFigures.Of(Definition(Aggregation.Ratio, Unit.Percent), [new Aggregate(39.6m, 21, 53), new Aggregate(72m, 18, 25)]);

        Assert.That(running.Select(a => (a.Numerator, a.Denominator)), Is.EqualTo(new (decimal?, decimal?)[] { (21m, 53m), (39m, 78m) }));
        Assert.That(running[1].Value, Is.EqualTo(50m));
    }

    [Test]
    public void A_missing_period_blanks_a_running_sum_from_there_on()
    {
        var running = RunningFigures.Of(Definition(Aggregation.Sum), [new Aggregate(10m), null, new Aggregate(5m)]);

        Assert.That(running.Select(a => a.Value), Is.EqualTo(new decimal?[] { 10m, null, null }), "a missing month is never a silent zero");
    }

    [TestCase(Aggregation.Mean, 15)] // the mean of the values present
    [TestCase(Aggregation.Latest, 20)] // the last value present
    public void Means_and_latest_values_use_what_is_there(Aggregation aggregation, decimal expected)
    {
        var running = RunningFigures.Of(Definition(aggregation), [new Aggregate(10m), null, new Aggregate(20m)]);

        Assert.That(running[^1].Value, Is.EqualTo(expected));
    }

    [Test]
    public void A_zero_denominator_gives_no_rate()
    {
        var running = RunningFigures.Of(Definition(Aggregation.Ratio, Unit.Percent), [new Aggregate(null, 0, 0)]);

        Assert.That(running[0].Value, Is.Null);
    }
}
