using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class ReportCalculatorTests
{
    [Test]
    public void There_is_one_result_per_definition_in_definition_order()
    {
        var results = ReportCalculator.Calculate(
            [Indicator(id: "B"), Indicator(id: "A"), Indicator(id: "C")],
            [Row("2016/17 Q3", 2, id: "A"), Row("2016/17 Q3", 1, id: "B")],
            P("2016/17 Q3"));
        Assert.That(results.Indicators.Select(r => r.Definition.Id), Is.EqualTo(new[] { "B", "A", "C" }));
        Assert.That(results.Indicators.Select(r => r.Period.Value), Is.EqualTo(new decimal?[] { 1m, 2m, null }));
        Assert.That(results.Period, Is.EqualTo(P("2016/17 Q3")));
    }

    [Test]
    public void Rows_for_other_indicators_are_ignored()
    {
        var results = ReportCalculator.Calculate([Indicator(id: "A")], [Row("2016/17 Q3", 2, id: "A"), Row("2016/17 Q3", 5, id: "Z")], P("2016/17 Q3"));
        Assert.That(results.Indicators.Single().Period.Value, Is.EqualTo(2m));
    }

    [Test]
    public void Ids_match_exactly()
    {
        var results = ReportCalculator.Calculate([Indicator(id: "csp1")], [Row("2016/17 Q3", 2, id: "CSP1")], P("2016/17 Q3"));
        Assert.That(results.Indicators.Single().Period.Value, Is.Null, "ingest matches ids to definitions; the core does not guess");
    }

    [Test]
    public void The_summary_counts_every_indicator_rated_or_not()
    {
        IndicatorDefinition Rated(string id, Polarity polarity) => Indicator(polarity: polarity, id: id) with { Targets = Targets(Fy(2016), new TargetSet(null, null, [10, 10, 10, 10])), Rag = RagRule.Default with { Basis = RatingBasis.Period } };
        var results = ReportCalculator.Calculate(
            [Rated("G", Polarity.Higher), Rated("R", Polarity.Lower), Rated("R2", Polarity.Lower), Indicator(id: "N")],
            [
                Row("2016/17 Q3", 20, id: "G"), Row("2016/17 Q3", 20, id: "R"), Row("2016/17 Q3", 20, id: "R2"),
                Row("2016/17 Q3", 20, id: "N"),
            ],
            P("2016/17 Q3"));
        Assert.That(results.Summary, Is.EqualTo(new RagSummary(Red: 2, Amber: 0, Green: 1, None: 1)));
    }

    [Test]
    public void An_empty_report_is_empty()
    {
        var results = ReportCalculator.Calculate([], [Row("2016/17 Q3", 2)], P("2016/17 Q3"));
        Assert.That(results.Indicators, Is.Empty);
        Assert.That(results.Summary.Total, Is.Zero);
        Assert.That(results.Warnings, Is.Empty);
    }

    [Test]
    public void Warnings_come_in_definition_order()
    {
        var results = ReportCalculator.Calculate([Indicator(id: "B"), Indicator(id: "A")], [], P("2016/17 Q3"));
        Assert.That(results.Warnings.Select(w => w.Message[..1]), Is.EqualTo(new[] { "B", "A" }));
    }
}
