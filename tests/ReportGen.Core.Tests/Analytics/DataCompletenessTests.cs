using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>How current each indicator's data is: the last period with data and whether it is stale.</summary>
public sealed class DataCompletenessTests
{
    [TestCase("2016-12", 0, "2016-12", false)] // data to the end of the period: current
    [TestCase("2016-11", 0, "2016-11", true)] // a month short with no lag allowed: stale
    [TestCase("2016-11", 1, "2016-11", false)] // a month short with a month's lag allowed: not stale
    [TestCase("2016-10", 1, "2016-10", true)] // two months short with one allowed: stale
    [TestCase("2017-02", 0, "2016-12", false)] // data after the period is not the pack's: the last is December
    public void The_last_data_period_is_held_against_the_allowed_lag(string lastMonth, int lag, string expected, bool stale)
    {
        var months = P("2016-04").Span.First.MonthsUntil(P(lastMonth).Span.First) + 1;
        var rows = Months("2016-04", [.. Enumerable.Repeat(1m, months)]).ToList();
        var result = ReportCalculator.Calculate([Indicator() with { AllowedLag = lag }], rows, P("2016/17 Q3")).Indicators[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.LastDataPeriod?.ToString(), Is.EqualTo(expected));
            Assert.That(result.Stale, Is.EqualTo(stale));
        });
    }

    [Test]
    public void Stale_data_says_so_in_a_warning()
    {
        var rows = Months("2016-04", 1, 1, 1, 1, 1, 1, 1).ToList(); // April to October
        var results = ReportCalculator.Calculate([Indicator() with { AllowedLag = 1 }], rows, P("2016/17 Q3"));
        Assert.That(results.Warnings.Select(w => w.Message), Has.Some.EqualTo(
            "X: its latest data is for 2016-10, 2 months before the end of 2016/17 Q3, more than the 1 allowed (allowed_lag), so its figures are stale"));
    }

    [Test]
    public void Quarterly_data_ends_with_its_quarter()
    {
        var rows = new[] { Row("2016/17 Q1", 5), Row("2016/17 Q2", 6) };
        var result = ReportCalculator.Calculate([Indicator() with { AllowedLag = 3 }], rows, P("2016/17 Q3")).Indicators[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.LastDataPeriod?.ToString(), Is.EqualTo("2016/17 Q2"));
            Assert.That(result.Stale, Is.False); // September to December is 3 months: within the lag
        });
    }

    [Test]
    public void Data_only_after_the_period_is_stale_with_no_last_period()
    {
        var results = ReportCalculator.Calculate([Indicator()], [Row("2017-01", 4)], P("2016/17 Q3"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Indicators[0].LastDataPeriod, Is.Null);
            Assert.That(results.Indicators[0].Stale, Is.True);
            Assert.That(results.Warnings.Select(w => w.Message), Has.Some.EqualTo("X: has no data up to the end of 2016/17 Q3, so its figures are stale"));
        });
    }

    [Test]
    public void An_indicator_with_no_figures_at_all_is_neither_stale_nor_current()
    {
        // A milestone rated by hand has no figures; "stale" would be a false alarm. The no-data warning covers the rest.
        var definition = Indicator() with { Rag = RagRule.Default with { Method = RagMethod.Manual } };
        var result = ReportCalculator.Calculate([definition], [Row("2016/17 Q3", rating: Indicators.Rag.Green)], P("2016/17 Q3")).Indicators[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.LastDataPeriod, Is.Null);
            Assert.That(result.Stale, Is.Null);
        });
    }

    [TestCase(-1)] // a negative lag means nothing
    public void A_negative_lag_is_a_bug(int lag) =>
        Assert.That(() => Indicator() with { AllowedLag = lag }, Throws.InstanceOf<ArgumentOutOfRangeException>());
}
