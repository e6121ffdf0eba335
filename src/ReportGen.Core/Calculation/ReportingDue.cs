using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>Whether an indicator is due in a period, by its <c>frequency</c>: a period is due when it ends one of the indicator's reporting periods.</summary>
internal static class ReportingDue
{
    /// <summary>
    /// Whether an indicator reported at <paramref name="frequency"/> is due in <paramref name="period"/>: always without
    /// a frequency or when monthly; quarterly when the period ends a quarter of the financial year; annual when it
    /// ends the financial year.
    /// </summary>
    public static bool IsDue(ReportingFrequency? frequency, Period period)
    {
        var end = period.Year.IndexOf(period.Span.Last);
        return frequency switch
        {
            ReportingFrequency.Quarterly => end % 3 == 0,
            ReportingFrequency.Annual => end == 12,
            _ => true,
        };
    }
}
