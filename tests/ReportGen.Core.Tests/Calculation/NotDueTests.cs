using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>An indicator with a <c>frequency</c> is "not due" in the periods it is not reported in: unrated, unwarned, counted apart.</summary>
public sealed class NotDueTests
{
    [TestCase(null, "2016/17 Q3", true)] // no frequency: due in every period, as before
    [TestCase(ReportingFrequency.Monthly, "2016-11", true)] // monthly: every month
    [TestCase(ReportingFrequency.Quarterly, "2016/17 Q1", true)] // quarterly in a quarterly pack: every quarter
    [TestCase(ReportingFrequency.Quarterly, "2016-11", false)] // quarterly in a monthly pack: not in the middle of a quarter
    [TestCase(ReportingFrequency.Quarterly, "2016-12", true)] // ... but in the month that ends one
    [TestCase(ReportingFrequency.Annual, "2016/17 Q3", false)] // annual: not at Q3
    [TestCase(ReportingFrequency.Annual, "2016/17 Q4", true)] // annual: at the quarter that ends the financial year
    [TestCase(ReportingFrequency.Annual, "2017-02", false)] // annual in a monthly pack: not February
    [TestCase(ReportingFrequency.Annual, "2017-03", true)] // ... but March, the year's last month
    public void Due_follows_the_frequency_and_the_financial_year(ReportingFrequency? frequency, string period, bool expected) =>
        Assert.That(ReportingDue.IsDue(frequency, P(period)), Is.EqualTo(expected));

    [Test]
    public void An_annual_year_end_counts_from_the_project_s_own_first_month()
    {
        // A January-to-December year ends in December: December 2016 is due, March 2017 is not.
        Assert.Multiple(() =>
        {
            Assert.That(ReportingDue.IsDue(ReportingFrequency.Annual, P("2016-12", startMonth: 1)), Is.True);
            Assert.That(ReportingDue.IsDue(ReportingFrequency.Annual, P("2017-03", startMonth: 1)), Is.False);
        });
    }

    [Test]
    public void Not_due_is_unrated_and_not_warned_about_while_no_data_is_warned()
    {
        // Two indicators with last year's annual figure only, at Q3: the annual one is not due (no warning), the
        // other is due and its missing figures are warned about, as they always were.
        var annual = Indicator(id: "ANN") with { Frequency = ReportingFrequency.Annual, Targets = Targets(Fy(2016), Annual(10)) };
        var due = Indicator(id: "DUE") with { Targets = Targets(Fy(2016), Annual(10)) };
        var rows = new[] { Row("2015/16", 9, id: "ANN"), Row("2015/16", 9, id: "DUE") };
        var results = ReportCalculator.Calculate([annual, due], rows, P("2016/17 Q3"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Indicators.Select(r => (r.Definition.Id, r.NotDue, r.Rag)), Is.EqualTo(new[] { ("ANN", true, (Rag?)null), ("DUE", false, (Rag?)null) }));
            Assert.That(results.Warnings.Select(w => w.Message), Has.None.StartsWith("ANN"));
            Assert.That(results.Warnings.Select(w => w.Message), Has.Some.StartsWith("DUE"));
            Assert.That((results.Summary.None, results.Summary.NotDue, results.Summary.NoData), Is.EqualTo((2, 1, 1)));
        });
    }

    [Test]
    public void At_its_year_end_an_annual_indicator_is_rated()
    {
        var annual = Indicator(Aggregation.Latest) with { Frequency = ReportingFrequency.Annual, Targets = Targets(Fy(2016), Annual(10)) };
        var result = ReportCalculator.Calculate([annual], [Row("2016/17 Q4", 12)], P("2016/17 Q4")).Indicators.Single();
        Assert.That((result.NotDue, result.Rag), Is.EqualTo((false, (Rag?)Rag.Green)));
    }

    [Test]
    public void Not_due_is_no_rating_even_with_figures_that_would_give_one()
    {
        // A quarterly indicator in November with figures for every month: the month's figures are there, its
        // rating is not (it is reported at December), and it is not off target either.
        var quarterly = Indicator(Aggregation.Latest) with { Frequency = ReportingFrequency.Quarterly, Targets = Targets(Fy(2016), Annual(100)) };
        var result = ReportCalculator.Calculate([quarterly], [.. Months("2016-04", 1, 1, 1, 1, 1, 1, 1, 1)], P("2016-11")).Indicators.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Period.Value, Is.EqualTo(1m));
            Assert.That((result.NotDue, result.Rag, result.OffTarget), Is.EqualTo((true, (Rag?)null, (bool?)null)));
        });
    }

    [Test]
    public void The_counts_keep_rated_no_data_not_due_and_data_only_apart()
    {
        // "2 / 0 / 1 / 1 N/A / 1 not due / 1 data only / 6 in all": one of each kind and two Green.
        IndicatorResult R(string id, Rag? rag, bool notDue = false, IndicatorType type = IndicatorType.Target) =>
            new() { Definition = Indicator(id: id) with { Type = type }, Rag = rag, NotDue = notDue };
        var summary = RagSummary.For([
            R("G1", Rag.Green), R("G2", Rag.Green), R("R1", Rag.Red), R("NA", null), R("ND", null, notDue: true), R("CX", null, type: IndicatorType.Contextual),
        ]);
        Assert.That(
            (summary.Green, summary.Amber, summary.Red, summary.NoData, summary.NotDue, summary.Excluded, summary.Total, summary.All),
            Is.EqualTo((2, 0, 1, 1, 1, 1, 5, 6)));
    }
}
