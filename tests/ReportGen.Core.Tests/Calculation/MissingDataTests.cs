using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>What happens, and what the user is told, when data is missing, zero or cannot serve the period.</summary>
public sealed class MissingDataTests
{
    private static ReportResults Calculate(IndicatorDefinition definition, IEnumerable<Observation> rows, string period = "2016/17 Q3") =>
        ReportCalculator.Calculate([definition], [.. rows], P(period));

    private static IEnumerable<string> Messages(ReportResults results) => results.Warnings.Select(w => w.Message);

    // April 2015 to December 2016, every month 10.
    private static IEnumerable<Observation> TwoYears(params string[] leaveOut) =>
        Months("2015-04", [.. Enumerable.Repeat(10m, 21)]).Where(row => !leaveOut.Contains(row.Period.ToString()));

    [Test]
    public void Complete_data_gives_no_warnings() =>
        Assert.That(Calculate(Indicator(), TwoYears()).Warnings, Is.Empty);

    [Test]
    public void A_missing_month_blanks_every_figure_that_needs_it_and_says_which()
    {
        var results = Calculate(Indicator(), TwoYears("2016-11"));
        var result = results.Indicators.Single();
        Assert.That(result.Period.Value, Is.Null, "never a silent zero");
        Assert.That(result.Ytd.Value, Is.Null);
        Assert.That(result.PreviousPeriod.Value, Is.EqualTo(30m), "figures that do not need November are there");
        Assert.That(result.YtdChangePercent, Is.Null);
        Assert.That(result.Rag, Is.Null);
        Assert.That(Messages(results), Is.EqualTo(new[]
        {
            "X: no data for 2016-11, so the 2016/17 Q3 and year-to-date to 2016/17 Q3 figures are blank",
        }));
    }

    [Test]
    public void Warnings_are_warnings_without_a_place_and_start_with_the_indicator_id()
    {
        var results = Calculate(Indicator(id: "CSP1"), Months("2016-10", 1, 2).Select(row => row with { IndicatorId = "CSP1" }));
        var perIndicator = results.Warnings.Where(w => !w.Message.StartsWith("no data before", StringComparison.Ordinal)).ToList();
        Assert.That(perIndicator, Is.Not.Empty);
        Assert.That(results.Warnings, Has.All.Matches<Problem>(w => w != null && w.Severity == Severity.Warning && w.Location is null));
        Assert.That(perIndicator.Select(w => w.Message), Has.All.StartsWith("CSP1: "));
    }

    [Test]
    public void Different_gaps_get_their_own_warnings()
    {
        var messages = Messages(Calculate(Indicator(), TwoYears("2016-08", "2016-11"))).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "X: no data for 2016-11, so the 2016/17 Q3 figure is blank",
            "X: no data for 2016-08, so the 2016/17 Q2 and year-to-date to 2016/17 Q2 figures are blank",
            "X: no data for 2016-08 and 2016-11, so the year-to-date to 2016/17 Q3 figure is blank",
        }));
    }

    [Test]
    public void Last_year_missing_blanks_the_comparisons_and_the_change()
    {
        var results = Calculate(Indicator(), Months("2016-04", [.. Enumerable.Repeat(10m, 9)]));
        var result = results.Indicators.Single();
        Assert.That(result.YtdLastYear.Value, Is.Null);
        Assert.That(result.SamePeriodLastYear.Value, Is.Null);
        Assert.That(result.YtdChangePercent, Is.Null);
        Assert.That(result.DotLong, Is.Null);
        // Data that start this year have no history: one line says so, instead of a warning per comparison.
        Assert.That(Messages(results), Is.EqualTo(new[]
        {
            "no data before 2016-04 for X, so their comparisons with earlier periods (direction of travel, change on last year) are blank",
        }));
    }

    [Test]
    public void A_gap_inside_the_data_is_still_warned_about_figure_by_figure()
    {
        var rows = Months("2015-04", [.. Enumerable.Repeat(10m, 12)]).Concat(Months("2016-04", [.. Enumerable.Repeat(10m, 9)]))
            .Where(row => row.Period.ToString() != "2015-11");
        Assert.That(Messages(Calculate(Indicator(), rows)), Does.Contain(
            "X: no data for 2015-11, so the 2015/16 Q3 and year-to-date to 2015/16 Q3 figures are blank"));
    }

    [Test]
    public void Last_year_zero_gives_no_change_percent()
    {
        var rows = Months("2015-04", [.. Enumerable.Repeat(0m, 12)]).Concat(Months("2016-04", [.. Enumerable.Repeat(5m, 9)]));
        var result = Calculate(Indicator(), rows).Indicators.Single();
        Assert.That(result.YtdLastYear.Value, Is.EqualTo(0m));
        Assert.That(result.YtdChangePercent, Is.Null);
        Assert.That(result.DotLong, Is.EqualTo(Direction.Better), "the direction is still known");
    }

    [Test]
    public void A_zero_denominator_gives_a_blank_rate_and_a_warning()
    {
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent);
        var rows = new[] { Row("2016/17 Q2", num: 3, den: 10), Row("2016/17 Q3", num: 0, den: 0), Row("2016/17 Q1", num: 1, den: 10) };
        var results = Calculate(definition, rows);
        var result = results.Indicators.Single();
        Assert.That(result.Period, Is.EqualTo(new Aggregate(null, 0m, 0m)));
        Assert.That(result.Ytd.Value, Is.EqualTo(20m), "4 of 20 over the year so far");
        Assert.That(Messages(results), Does.Contain("X: the denominator is 0, so the 2016/17 Q3 figure is blank"));
    }

    [Test]
    public void Quarterly_data_cannot_serve_a_monthly_pack()
    {
        var rows = new[] { Row("2016/17 Q3", 30), Row("2016/17 Q2", 20), Row("2016/17 Q1", 10) };
        var results = Calculate(Indicator(), rows, "2016-12");
        Assert.That(results.Indicators.Single().Period.Value, Is.Null);
        Assert.That(results.Indicators.Single().Ytd.Value, Is.EqualTo(60m), "April to December is three whole quarters");
        Assert.That(Messages(results), Does.Contain(
            "X: the data is quarterly, too coarse to give it, so the 2016-12, 2016-11 and year-to-date to 2016-11 figures are blank"));
    }

    [Test]
    public void An_indicator_without_rows_is_blank_and_warned_about_once()
    {
        var results = Calculate(Indicator(), [Row("2016/17 Q3", id: "OTHER", value: 5)]);
        Assert.That(results.Indicators.Single().Ytd.Value, Is.Null);
        Assert.That(Messages(results), Is.EqualTo(new[] { "X: no data rows give it a figure, so its figures are blank" }));
    }

    [Test]
    public void Mixed_granularities_are_not_double_counted()
    {
        var rows = Months("2016-10", 1, 2, 3).Append(Row("2016/17 Q3", 6)).Concat(Months("2016-04", 1, 1, 1, 1, 1, 1));
        var results = Calculate(Indicator(), rows);
        Assert.That(results.Indicators.Single().Period.Value, Is.EqualTo(6m));
        Assert.That(results.Indicators.Single().Ytd.Value, Is.EqualTo(12m));
        Assert.That(Messages(results).First(), Does.StartWith("X: rows come monthly and quarterly; only the monthly rows are used"));
    }

    [TestCase(Aggregation.Mean, 15)] // the mean of the months present
    [TestCase(Aggregation.Latest, 20)] // the last month present
    public void Mean_and_latest_carry_on_over_a_gap_without_a_warning(Aggregation aggregation, decimal expected)
    {
        var rows = new[] { Row("2016-10", 10), Row("2016-11", 20) };
        var results = Calculate(Indicator(aggregation), rows);
        Assert.That(results.Indicators.Single().Period.Value, Is.EqualTo(expected));
        Assert.That(Messages(results), Has.None.Contains("2016/17 Q3 figure"));
    }
}
