namespace ReportGen.Core.Calculation;

/// <summary>The relative change of the year to date against last year's, for every unit.</summary>
internal static class YtdChange
{
    /// <summary>(ytd − ytd last year) ÷ ytd last year × 100; <see langword="null"/> when either is missing or last year is 0.</summary>
    public static decimal? Percent(decimal? ytd, decimal? ytdLastYear) =>
        ytd is { } now && ytdLastYear is { } then && then != 0m ? (now - then) * 100m / then : null;
}
