namespace ReportGen.Core.Analytics;

/// <summary>How a year-end forecast was made.</summary>
public enum ForecastMethod
{
    /// <summary>The year to date scaled by last year's shape: YTD × last year's full year ÷ last year's YTD at the same point.</summary>
    LastYearProfile,

    /// <summary>The year to date spread evenly: YTD × 12 ÷ months elapsed (when last year is missing or zero).</summary>
    Linear,
}
