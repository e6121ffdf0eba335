using ReportGen.Core.Calculation;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class RagAssessorTests
{
    private static readonly RagBand[] Bands =
    [
        new(Rag.Green, "Satisfactory", 85, null),
        new(Rag.Amber, "Close monitoring", 80, null),
        new(Rag.Red, "Action", 50, null),
    ];

    [TestCase(false, null, Rag.Green)] // not off target: Green whatever the direction
    [TestCase(false, Direction.Worse, Rag.Green)] // ... even when worse than before
    [TestCase(true, Direction.Better, Rag.Amber)] // off target but improving
    [TestCase(true, Direction.Same, Rag.Amber)] // off target but maintained
    [TestCase(true, Direction.Worse, Rag.Red)] // off target and worse
    [TestCase(true, null, Rag.Red)] // off target with nothing earlier to compare with
    [TestCase(null, Direction.Better, null)] // no target or no figure: no rating
    public void The_tolerance_rule(bool? offTarget, Direction? dotShort, Rag? expected) =>
        Assert.That(RagAssessor.ByTolerance(offTarget, dotShort), Is.EqualTo(expected));

    [TestCase(90, null, false, Rag.Green, "Satisfactory")] // the best band's rating and words
    [TestCase(82, null, false, Rag.Amber, "Close monitoring")] // the second band's
    [TestCase(90, Direction.Worse, false, Rag.Green, "Satisfactory")] // worsening alone changes nothing...
    [TestCase(90, Direction.Worse, true, Rag.Red, "Satisfactory")] // ...unless red_if_worsening; the band's words stay
    [TestCase(90, Direction.Same, true, Rag.Green, "Satisfactory")] // holding steady is not worsening
    [TestCase(90, null, true, Rag.Green, "Satisfactory")] // nothing to compare with is not worsening
    public void Bands_rate_by_the_band_holding_the_figure(decimal value, Direction? dotShort, bool redIfWorsening, Rag expected, string label)
    {
        var definition = Indicator() with { Rag = new RagRule(RagMethod.Bands, RatingBasis.Ytd, Bands, redIfWorsening) };
        var outcome = RagAssessor.Assess(definition, P("2016/17 Q3"), value, TargetCheck.None, dotShort, [], new List<Problem>());
        Assert.That(outcome, Is.EqualTo(new RagOutcome(expected, label)));
    }

    [Test]
    public void A_figure_no_band_holds_gets_no_rating_and_a_warning()
    {
        var definition = Indicator() with { Rag = new RagRule(RagMethod.Bands, RatingBasis.Ytd, Bands, false) };
        var warnings = new List<Problem>();
        var outcome = RagAssessor.Assess(definition, P("2016/17 Q3"), 42m, TargetCheck.None, null, [], warnings);
        Assert.That(outcome, Is.EqualTo(RagOutcome.None));
        Assert.That(warnings.Single().Message, Does.StartWith("X: no band holds 42, so it has no rating"));
    }

    [Test]
    public void Bands_without_a_figure_give_no_rating() =>
        Assert.That(
            RagAssessor.Assess(
                Indicator() with { Rag = new RagRule(RagMethod.Bands, RatingBasis.Ytd, Bands, false) },
                P("2016/17 Q3"), null, TargetCheck.None, null, [], new List<Problem>()),
            Is.EqualTo(RagOutcome.None));

    [Test]
    public void Manual_ratings_come_from_the_data_even_without_a_figure_or_target()
    {
        var definition = Indicator() with { Rag = RagRule.Default with { Method = RagMethod.Manual } };
        var rows = new[] { Row("2016/17 Q3", rating: Rag.Amber) };
        var outcome = RagAssessor.Assess(definition, P("2016/17 Q3"), null, TargetCheck.None, null, rows, new List<Problem>());
        Assert.That(outcome.Rag, Is.EqualTo(Rag.Amber));
    }

    [Test]
    public void Spc_ratings_without_an_analysis_are_blank()
    {
        // No series to chart (the calculation has already said there is no data), so nothing to rate.
        var definition = Indicator() with { Rag = RagRule.Default with { Method = RagMethod.Spc } };
        var warnings = new List<Problem>();
        var outcome = RagAssessor.Assess(definition, P("2016/17 Q3"), 5m, new TargetCheck(4m, 0m, false), null, [], warnings);
        Assert.That(outcome.Rag, Is.Null);
        Assert.That(warnings, Is.Empty);
    }
}
