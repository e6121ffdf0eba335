using ReportGen.Core.Data;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>Picks the financial year for <c>--quarter Q3</c> (or a month) when <c>--year</c> is not given, and the quarter when no period is.</summary>
public static class PeriodSelection
{
    /// <summary>
    /// The latest financial year in which a row for the whole (no breakdown) with a figure falls inside quarter
    /// <paramref name="quarter"/>; <see langword="null"/> when there is none. Target-only and rating-only rows do not count.
    /// </summary>
    /// <param name="observations">The data rows.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <param name="startMonth">The first month of the financial year, 1 to 12.</param>
    public static FinancialYear? LatestYearWithData(IReadOnlyList<Observation> observations, int quarter, int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return Latest(observations, startMonth, year => Period.ForQuarter(year, quarter).Span);
    }

    /// <summary>
    /// The latest financial year in which a row for the whole with a figure falls inside calendar month
    /// <paramref name="month"/> (12 for December); <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="observations">The data rows.</param>
    /// <param name="month">The calendar month, 1 (January) to 12 (December).</param>
    /// <param name="startMonth">The first month of the financial year, 1 to 12.</param>
    public static FinancialYear? LatestYearWithMonthData(IReadOnlyList<Observation> observations, int month, int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Latest(observations, startMonth, year =>
        {
            var calendarMonth = new YearMonth(month >= startMonth ? year.StartYear : year.StartYear + 1, month);
            return new MonthSpan(calendarMonth, calendarMonth);
        });
    }

    /// <summary>
    /// The latest quarter inside which a row for the whole with a figure falls (for <c>reportgen build</c> with no
    /// period); <see langword="null"/> when there is none, as when the data are all yearly.
    /// </summary>
    /// <param name="observations">The data rows.</param>
    /// <param name="startMonth">The first month of the financial year, 1 to 12.</param>
    public static Period? LatestQuarterWithData(IReadOnlyList<Observation> observations, int startMonth)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        Period? latest = null;
        foreach (var row in observations.Where(row => row.HasFigure && ObservationRows.IsWhole(row)))
        {
            var quarter = Period.Containing(PeriodKind.Quarter, row.Period.Span.First, startMonth);
            if (quarter.Span.Contains(row.Period.Span) && (latest is not { } best || quarter.CompareTo(best) > 0))
            {
                latest = quarter;
            }
        }

        return latest;
    }

    private static FinancialYear? Latest(IReadOnlyList<Observation> observations, int startMonth, Func<FinancialYear, MonthSpan> spanIn)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        FinancialYear? latest = null;
        foreach (var row in observations.Where(row => row.HasFigure && ObservationRows.IsWhole(row)))
        {
            var year = FinancialYear.Containing(row.Period.Span.First, startMonth);
            if (spanIn(year).Contains(row.Period.Span) && (latest is not { } best || year.CompareTo(best) > 0))
            {
                latest = year;
            }
        }

        return latest;
    }
}
