using ReportGen.Core.Analytics;
using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>Monthly packs (<c>--month 2016-12</c>): month targets, the year boundary, the year to date and the forecast at a month.</summary>
public sealed class MonthlyPackTests
{
    // April 2015 to March 2017, one figure a month: 2015/16 runs 100, 110 … 210 (total 1,860); 2016/17 runs 120, 130 … 230.
    private static List<Observation> TwoYears() =>
    [
        .. Months("2015-04", [.. Enumerable.Range(0, 12).Select(i => 100m + (10m * i))]),
        .. Months("2016-04", [.. Enumerable.Range(0, 12).Select(i => 120m + (10m * i))]),
    ];

    private static IndicatorResult Calculate(IndicatorDefinition definition, string month, IEnumerable<Observation>? rows = null) =>
        ReportCalculator.Calculate([definition], [.. rows ?? TwoYears()], P(month)).Indicators[0];

    [Test]
    public void April_compares_with_March_of_the_year_before_and_its_ytd_is_april_alone()
    {
        var result = Calculate(Indicator(), "2016-04");
        Assert.Multiple(() =>
        {
            Assert.That(result.Period.Value, Is.EqualTo(120));
            Assert.That(result.PreviousPeriod.Value, Is.EqualTo(210)); // March 2016, the last month of 2015/16
            Assert.That(result.SamePeriodLastYear.Value, Is.EqualTo(100)); // April 2015
            Assert.That(result.Ytd.Value, Is.EqualTo(120)); // the year starts again
            Assert.That(result.PreviousYtd.Value, Is.EqualTo(1860)); // the whole of last year
            Assert.That(result.DotShort, Is.EqualTo(Direction.Worse)); // 120 after 210, higher is better
        });
    }

    [TestCase("2016-12", 1440, 1260)] // April to December: 120 + … + 200; last year 100 + … + 180
    [TestCase("2017-03", 2100, 1860)] // the whole year
    [TestCase("2016-06", 390, 330)] // a quarter's worth, from months
    public void The_ytd_runs_to_the_month(string month, decimal ytd, decimal lastYear)
    {
        var result = Calculate(Indicator(), month);
        Assert.That((result.Ytd.Value, result.YtdLastYear.Value), Is.EqualTo(((decimal?)ytd, (decimal?)lastYear)));
    }

    [TestCase("2016-12", RatingBasis.Ytd, 900)] // ytd[9]: the cumulative target at December
    [TestCase("2016-12", RatingBasis.Period, 100)] // ytd[9] − ytd[8]: December's own share
    [TestCase("2016-04", RatingBasis.Period, 100)] // ytd[1]: April's own share, with no month before it in the year
    public void A_twelve_entry_ytd_target_serves_each_month(string month, RatingBasis basis, decimal expected)
    {
        var definition = Indicator() with
        {
            Targets = Targets(Fy(2016), new TargetSet(null, [.. Enumerable.Range(1, 12).Select(i => 100m * i)], null)),
            Rag = RagRule.Default with { Basis = basis },
        };
        Assert.That(Calculate(definition, month).Target, Is.EqualTo(expected));
    }

    [TestCase("2016-12", RatingBasis.Ytd, 1080)] // months 1..9 of 120 each
    [TestCase("2016-12", RatingBasis.Period, 120)] // December's own target
    public void Month_targets_add_up_to_the_month(string month, RatingBasis basis, decimal expected)
    {
        var definition = Indicator() with
        {
            Targets = Targets(Fy(2016), new TargetSet(null, null, [.. Enumerable.Repeat(120m, 12)])),
            Rag = RagRule.Default with { Basis = basis },
        };
        Assert.That(Calculate(definition, month).Target, Is.EqualTo(expected));
    }

    [Test]
    public void A_quarter_only_target_list_does_not_serve_a_month_inside_a_quarter()
    {
        // Four entries are for quarter ends; November is not one, so the annual target is pro-rated instead.
        var definition = Indicator() with { Targets = Targets(Fy(2016), new TargetSet(1200, [300, 600, 900, 1200], null)) };
        Assert.That(Calculate(definition, "2016-11").Target, Is.EqualTo(800)); // 1200 × 8 ÷ 12
    }

    [Test]
    public void The_forecast_at_a_month_follows_last_year_s_profile()
    {
        // December 2016: YTD 1,440; last year 1,260 by December of 1,860 in all: 1,440 × 1,860 ÷ 1,260.
        var forecast = Calculate(Indicator(), "2016-12").Forecast!;
        Assert.Multiple(() =>
        {
            Assert.That(decimal.Round(forecast.Value, 6), Is.EqualTo(2125.714286m));
            Assert.That(forecast.Method, Is.EqualTo(ForecastMethod.LastYearProfile));
        });
    }

    [Test]
    public void Without_last_year_the_forecast_at_a_month_is_a_straight_line()
    {
        var rows = TwoYears().Where(row => row.Period.Year.StartYear == 2016).ToList();
        var forecast = Calculate(Indicator(), "2016-12", rows).Forecast!;
        Assert.That((forecast.Value, forecast.Method), Is.EqualTo((1920m, ForecastMethod.Linear))); // 1,440 × 12 ÷ 9
    }

    [Test]
    public void At_March_the_forecast_is_the_year_s_total()
    {
        var forecast = Calculate(Indicator(), "2017-03").Forecast!;
        Assert.That(forecast.Value, Is.EqualTo(2100));
    }

    [Test]
    public void A_month_missing_last_year_falls_back_to_the_straight_line()
    {
        // Last year's February is missing: its full year cannot be had, so the profile cannot be used.
        var rows = TwoYears().Where(row => row.Period != P("2016-02")).ToList();
        var forecast = Calculate(Indicator(), "2016-12", rows).Forecast!;
        Assert.That(forecast.Method, Is.EqualTo(ForecastMethod.Linear));
    }
}
