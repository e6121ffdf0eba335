using ReportGen.Core.Indicators;

namespace ReportGen.Core.Analytics;

/// <summary>
/// Forecasts the financial year's total from the year to date ("Prediction FY end", City of London measures): by last year's
/// profile, YTD × last year's full year ÷ last year's YTD at the same point, so a year whose months run unevenly
/// (a quiet summer, a busy winter) is projected along last year's shape; when last year's YTD or full year is
/// missing or zero, linearly, YTD × 12 ÷ months elapsed. At the year's end both give the YTD itself.
/// </summary>
internal static class YearEndForecaster
{
    /// <summary>The forecast, or <see langword="null"/> when the aggregation is not a sum or the YTD is missing.</summary>
    /// <param name="aggregation">Only <c>sum</c> totals are forecast: a rate, mean or latest value has no year-end total to project.</param>
    /// <param name="ytd">This year's year to date.</param>
    /// <param name="lastYearYtd">Last year's year to date at the same point.</param>
    /// <param name="lastYearFull">Last year's total.</param>
    /// <param name="monthsElapsed">How many months of the year the YTD covers (1 to 12).</param>
    public static YearEndForecast? Forecast(Aggregation aggregation, decimal? ytd, decimal? lastYearYtd, decimal? lastYearFull, int monthsElapsed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(monthsElapsed, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(monthsElapsed, 12);
        if (aggregation != Aggregation.Sum || ytd is not { } now)
        {
            return null;
        }

        if (lastYearYtd is { } then && then != 0m && lastYearFull is { } full && full != 0m)
        {
            // The ratio first: the year's end gives exactly 1, so the forecast is exactly the YTD.
            return new YearEndForecast(now * (full / then), ForecastMethod.LastYearProfile);
        }

        return new YearEndForecast(monthsElapsed == 12 ? now : now * 12m / monthsElapsed, ForecastMethod.Linear);
    }
}
