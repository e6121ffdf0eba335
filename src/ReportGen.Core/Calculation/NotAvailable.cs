using ReportGen.Core.Data;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Why a figure is blank when the data said so: a row inside the figure's span whose figure was written as a "no
/// value" marker (<c>N/A</c>, <c>Not available</c>, <c>[x]</c>) gives the blank figure that marker, for packs to show.
/// </summary>
internal static class NotAvailable
{
    /// <summary>
    /// <paramref name="figure"/> with the marker of the first whole row (in period order) inside <paramref name="span"/>
    /// that has a marker and no figure, when the figure is blank and not suppressed; else <paramref name="figure"/>.
    /// </summary>
    public static Aggregate Mark(Aggregate figure, IEnumerable<Observation> wholeRows, MonthSpan span)
    {
        if (figure.Value is not null || figure.Suppressed)
        {
            return figure;
        }

        var marker = wholeRows
            .Where(row => row.NotAvailable is not null && !row.HasFigure && span.Contains(row.Period.Span))
            .OrderBy(row => row.Period.Span.First)
            .Select(row => row.NotAvailable)
            .FirstOrDefault();
        return marker is null ? figure : figure with { NotAvailable = marker };
    }
}
