using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class BreakdownTests
{
    private static ReportResults Calculate(IndicatorDefinition definition, IEnumerable<Observation> rows) =>
        ReportCalculator.Calculate([definition], [.. rows], P("2016/17 Q3"));

    private static IEnumerable<Observation> Whole => Months("2016-04", 10, 10, 10, 10, 10, 10, 10, 10, 10);

    [Test]
    public void Breakdown_rows_never_count_towards_the_whole()
    {
        var rows = Whole.Concat(MonthsOf("X", "2016-04", "White", 7, 7, 7, 7, 7, 7, 7, 7, 7));
        var result = Calculate(Indicator(), rows).Indicators.Single();
        Assert.That(result.Period.Value, Is.EqualTo(30m));
        Assert.That(result.Ytd.Value, Is.EqualTo(90m));
    }

    [Test]
    public void Each_group_is_worked_out_on_its_own_over_the_period_and_the_year_to_date()
    {
        var rows = Whole
            .Concat(MonthsOf("X", "2016-04", "White", 7, 7, 7, 7, 7, 7, 7, 7, 7))
            .Concat(MonthsOf("X", "2016-04", "Asian", 1, 1, 1, 1, 1, 1, 2, 2, 2));
        var breakdowns = Calculate(Indicator(), rows).Indicators.Single().Breakdowns;
        Assert.That(breakdowns, Is.EqualTo(new[]
        {
            new BreakdownResult("Asian", new Aggregate(6m), new Aggregate(12m)),
            new BreakdownResult("White", new Aggregate(21m), new Aggregate(63m)),
        }));
    }

    [Test]
    public void Groups_are_ordered_by_name_ordinally()
    {
        var rows = new[] { "white", "Black", "Asian", "Mixed" }
            .Select(name => Row("2016/17 Q3", 1, breakdown: name))
            .Append(Row("2016/17 Q3", 4));
        var names = Calculate(Indicator(), rows).Indicators.Single().Breakdowns.Select(b => b.Breakdown);
        Assert.That(names, Is.EqualTo(new[] { "Asian", "Black", "Mixed", "white" }), "upper case sorts before lower case");
    }

    [Test]
    public void A_group_of_a_ratio_keeps_its_parts()
    {
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent);
        var rows = new[]
        {
            Row("2016/17 Q3", num: 17, den: 59), Row("2016/17 Q3", num: 5, den: 20, breakdown: "Black"),
            Row("2016/17 Q2", num: 2, den: 10, breakdown: "Black"), Row("2016/17 Q1", num: 1, den: 10, breakdown: "Black"),
        };
        var black = Calculate(definition, rows).Indicators.Single().Breakdowns.Single();
        Assert.That(black.Period, Is.EqualTo(new Aggregate(25m, 5m, 20m)));
        Assert.That(black.Ytd, Is.EqualTo(new Aggregate(20m, 8m, 40m)));
    }

    [Test]
    public void A_breakdown_only_indicator_has_no_whole_figure_but_lists_its_groups()
    {
        var rows = new[] { Row("2016/17 Q3", 3, breakdown: "A"), Row("2016/17 Q3", 4, breakdown: "B") };
        var results = Calculate(Indicator(), rows);
        var result = results.Indicators.Single();
        Assert.That(result.Period.Value, Is.Null, "the whole is never added up from its parts");
        Assert.That(result.Rag, Is.Null);
        Assert.That(result.Breakdowns.Select(b => b.Period.Value), Is.EqualTo(new decimal?[] { 3m, 4m }));
        Assert.That(results.Warnings.Select(w => w.Message), Does.Contain(
            "X: has breakdown rows but no rows for the whole (a blank breakdown), so it has no whole figure; "
            + "the whole is never added up from its parts"));
    }

    [Test]
    public void A_group_s_missing_month_is_warned_about_by_its_name()
    {
        var rows = Whole.Concat(MonthsOf("X", "2016-10", "Asian", 1, 1));
        var results = Calculate(Indicator(), rows);
        Assert.That(results.Indicators.Single().Breakdowns.Single().Period.Value, Is.Null);
        Assert.That(results.Warnings.Select(w => w.Message), Does.Contain(
            "X (Asian): no data for 2016-12, so the 2016/17 Q3 figure is blank"));
    }

    [Test]
    public void A_group_s_mixed_granularity_is_not_double_counted()
    {
        var rows = Whole.Concat(MonthsOf("X", "2016-10", "Asian", 1, 1, 1)).Append(Row("2016/17 Q3", 3, breakdown: "Asian"));
        var results = Calculate(Indicator(), rows);
        Assert.That(results.Indicators.Single().Breakdowns.Single().Period.Value, Is.EqualTo(3m));
        Assert.That(results.Warnings.Select(w => w.Message).First(), Does.StartWith("X (Asian): rows come monthly and quarterly"));
    }

    [Test]
    public void A_breakdown_row_s_target_does_not_override_the_whole_s()
    {
        var definition = Indicator() with { Targets = Targets(Fy(2016), Annual(100)) };
        var rows = Whole.Append(Row("2016/17 Q3", breakdown: "Asian", target: 1));
        Assert.That(Calculate(definition, rows).Indicators.Single().Target, Is.EqualTo(75m));
    }

    [Test]
    public void A_breakdown_row_s_rating_does_not_rate_the_whole()
    {
        var definition = Indicator() with { Rag = RagRule.Default with { Method = RagMethod.Manual } };
        var rows = Whole.Append(Row("2016/17 Q3", breakdown: "Asian", rating: Rag.Red));
        Assert.That(Calculate(definition, rows).Indicators.Single().Rag, Is.Null);
    }
}
