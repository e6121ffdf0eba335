using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>Target, contextual and monitor indicators; neutral polarity; what the RAG summary counts.</summary>
public sealed class IndicatorTypeTests
{
    // Q3 4,355 after Q2 4,290; YTD 13,143 against a target of 12,375 ± 5%: Red as a target indicator (lower is better).
    private static readonly IndicatorDefinition Crime = Indicator(Aggregation.Sum, Polarity.Lower) with
    {
        Targets = Targets(Fy(2016), new TargetSet(null, [4125, 8250, 12375, 16500], null)),
        Tolerance = new Tolerance(ToleranceKind.PercentOfTarget, 5),
    };

    private static readonly Observation[] Rows =
    [
        Row("2015/16 Q3", 4520), Row("2015/16 Q1", 4000), Row("2015/16 Q2", 4053),
        Row("2016/17 Q1", 4498), Row("2016/17 Q2", 4290), Row("2016/17 Q3", 4355),
    ];

    private static IndicatorResult Calculate(IndicatorDefinition definition) =>
        ReportCalculator.Calculate([definition], Rows, P("2016/17 Q3")).Indicators[0];

    [Test]
    public void A_target_indicator_is_rated()
    {
        var result = Calculate(Crime);
        Assert.That((result.Target, result.Rag, result.DotShort, result.DotLong), Is.EqualTo(((decimal?)12375m, (Rag?)Rag.Red, (Direction?)Direction.Worse, (Direction?)Direction.Worse)));
    }

    [Test]
    public void A_contextual_indicator_has_no_target_and_no_rating_but_a_direction_of_travel()
    {
        var result = Calculate(Crime with { Type = IndicatorType.Contextual });
        Assert.Multiple(() =>
        {
            Assert.That((result.Target, result.Rag, result.OffTarget, result.Allowance), Is.EqualTo(((decimal?)null, (Rag?)null, (bool?)null, (decimal?)null)));
            Assert.That((result.DotShort, result.DotLong), Is.EqualTo(((Direction?)Direction.Worse, (Direction?)Direction.Worse)));
            Assert.That(result.Ytd.Value, Is.EqualTo(13143));
        });
    }

    [Test]
    public void A_monitor_indicator_has_figures_only()
    {
        var result = Calculate(Crime with { Type = IndicatorType.Monitor });
        Assert.Multiple(() =>
        {
            Assert.That((result.Target, result.Rag, result.DotShort, result.DotLong), Is.EqualTo(((decimal?)null, (Rag?)null, (Direction?)null, (Direction?)null)));
            Assert.That((result.Period.Value, result.Ytd.Value, result.YtdChangePercent is not null), Is.EqualTo(((decimal?)4355m, (decimal?)13143m, true)));
        });
    }

    [Test]
    public void A_manual_rating_on_a_contextual_indicator_is_not_used()
    {
        var definition = Crime with { Type = IndicatorType.Contextual, Rag = RagRule.Default with { Method = RagMethod.Manual } };
        var result = ReportCalculator.Calculate([definition], [.. Rows, Row("2016/17 Q3", rating: Rag.Green)], P("2016/17 Q3")).Indicators[0];
        Assert.That(result.Rag, Is.Null);
    }

    [TestCase(4355, 4290)] // a rise
    [TestCase(4200, 4290)] // a fall
    [TestCase(4290, 4290)] // no change: still no judgement, the figures say it
    public void Neutral_polarity_has_no_direction_of_travel(decimal q3, decimal q2)
    {
        var rows = new[] { Row("2016/17 Q2", q2), Row("2016/17 Q3", q3), Row("2015/16 Q3", 4000) };
        var result = ReportCalculator.Calculate([Indicator(polarity: Polarity.Neutral) with { Rag = RagRule.Default with { Basis = RatingBasis.Period } }], rows, P("2016/17 Q3")).Indicators[0];
        Assert.That((result.DotShort, result.DotLong), Is.EqualTo(((Direction?)null, (Direction?)null)));
    }

    [TestCase(104, false)] // within 5 of the target either side
    [TestCase(95, false)] // the edge, below
    [TestCase(94, true)] // beyond it below: off target, and with no direction to soften it, Red
    [TestCase(106, true)] // beyond it above: a neutral target is missed either way
    public void A_neutral_target_is_missed_either_way(decimal value, bool off)
    {
        var definition = Indicator(polarity: Polarity.Neutral) with
        {
            Targets = Targets(Fy(2016), Annual(100)),
            Tolerance = new Tolerance(ToleranceKind.Absolute, 5),
            Aggregation = Aggregation.Latest,
        };
        var result = ReportCalculator.Calculate([definition], [Row("2016/17 Q1", value)], P("2016/17 Q1")).Indicators[0];
        Assert.That((result.OffTarget, result.Rag), Is.EqualTo(((bool?)off, (Rag?)(off ? Rag.Red : Rag.Green))));
    }

    [Test]
    public void The_rag_summary_counts_target_indicators_and_sets_the_others_apart()
    {
        var definitions = new[]
        {
            Crime with { }, // Red
            Indicator(id: "Y"), // a target indicator without a target: counted, as none
            Indicator(id: "Z") with { Type = IndicatorType.Contextual },
            Indicator(id: "W") with { Type = IndicatorType.Monitor },
        };
        var summary = ReportCalculator.Calculate(definitions, Rows, P("2016/17 Q3")).Summary;
        Assert.Multiple(() =>
        {
            Assert.That((summary.Red, summary.Amber, summary.Green, summary.None, summary.Excluded), Is.EqualTo((1, 0, 0, 1, 2)));
            Assert.That(summary.Total, Is.EqualTo(2)); // "Of the 2 indicators": those held to a target
            Assert.That(summary.Percent(Rag.Red), Is.EqualTo(50m));
        });
    }
}
