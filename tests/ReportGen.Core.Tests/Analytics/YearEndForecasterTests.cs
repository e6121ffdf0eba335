using ReportGen.Core.Analytics;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>The year-end forecast: last year's profile, with a linear fallback.</summary>
public sealed class YearEndForecasterTests
{
    [TestCase(13143, 12573, 16801, 9, 17562.7, "LastYearProfile")] // a crime count at Q3: 13,143 × 16,801 ÷ 12,573 = 17,562.68
    [TestCase(300, 200, 1000, 6, 1500, "LastYearProfile")] // a back-loaded year: last year did 20% by September, so ×5, not ×2
    [TestCase(300, null, 1000, 6, 600, "Linear")] // no YTD last year: 300 × 12 ÷ 6
    [TestCase(300, 200, null, 6, 600, "Linear")] // no full year last year (a gap in its last months)
    [TestCase(300, 0, 1000, 6, 600, "Linear")] // last year's YTD is 0: the profile would divide by zero
    [TestCase(300, 200, 0, 6, 600, "Linear")] // last year's total is 0: a profile of nothing says nothing
    [TestCase(25, null, null, 1, 300, "Linear")] // April alone: × 12
    [TestCase(0, 200, 1000, 3, 0, "LastYearProfile")] // none so far forecasts none
    [TestCase(-40, 100, -50, 3, 20, "LastYearProfile")] // a net figure (budget variance) may be negative; the formula holds
    public void The_forecast_follows_last_year_s_profile_or_else_a_straight_line(
        decimal ytd, decimal? lastYtd, decimal? lastFull, int months, decimal expected, string method)
    {
        var forecast = YearEndForecaster.Forecast(Aggregation.Sum, ytd, lastYtd, lastFull, months)!;
        Assert.Multiple(() =>
        {
            Assert.That(decimal.Round(forecast.Value, 1), Is.EqualTo(expected));
            Assert.That(forecast.Method.ToString(), Is.EqualTo(method));
        });
    }

    [TestCase(Aggregation.Ratio)] // a rate has no year-end total: its YTD rate is already the best estimate
    [TestCase(Aggregation.Mean)] // nor has a mean
    [TestCase(Aggregation.Latest)] // nor a snapshot
    public void Only_totals_are_forecast(Aggregation aggregation) =>
        Assert.That(YearEndForecaster.Forecast(aggregation, 50, 40, 45, 6), Is.Null);

    [Test]
    public void No_year_to_date_gives_no_forecast() =>
        Assert.That(YearEndForecaster.Forecast(Aggregation.Sum, null, 40, 45, 6), Is.Null);

    [TestCase(16801)] // the profile at the year's end: last year's YTD is its full year
    [TestCase(0.3)] // a ratio of 1 that decimals hold exactly, whatever last year was
    [TestCase(null)] // the straight line at the year's end: × 12 ÷ 12
    public void At_the_year_s_end_the_forecast_is_the_year_to_date(decimal? lastFull)
    {
        var forecast = YearEndForecaster.Forecast(Aggregation.Sum, 17123.456m, lastFull, lastFull, 12)!;
        Assert.That(forecast.Value, Is.EqualTo(17123.456m));
    }
}
