using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>
/// How current an indicator's data is: the last period with a figure up to the end of the reported period, and
/// whether it ends more than the allowed lag (in months) before that end. Data after the reported period is not
/// the pack's and does not count.
/// </summary>
internal static class DataCompleteness
{
    /// <summary>
    /// The last data period and whether it is stale; both <see langword="null"/> for a series with no figures.
    /// With figures only after the period, there is no last period and the data is stale.
    /// </summary>
    public static (Period? Last, bool? Stale, int? Lag) Of(Series series, Period period, int allowedLag)
    {
        if (series.IsEmpty)
        {
            return (null, null, null);
        }

        var end = period.Span.Last;
        var last = series.Points.Where(point => point.Span.Last <= end).Select(point => (Period?)point.Period).LastOrDefault();
        if (last is not { } found)
        {
            return (null, true, null);
        }

        var lag = found.Span.Last.MonthsUntil(end);
        return (found, lag > allowedLag, lag);
    }
}
