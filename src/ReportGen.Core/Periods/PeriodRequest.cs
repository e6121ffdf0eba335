namespace ReportGen.Core.Periods;

/// <summary>
/// The period a build is asked for, read once from the command line and carried as a value until the project's
/// data and financial year are known: a quarter of a named year (<c>--quarter Q3 --year 2016/17</c>), a quarter
/// of the latest year with data for it (<c>--quarter Q3</c>), or a month (<c>--month 2016-12</c>).
/// </summary>
public sealed record PeriodRequest
{
    private PeriodRequest(int? quarter, YearLabel? year, YearMonth? month)
    {
        Quarter = quarter;
        Year = year;
        Month = month;
    }

    /// <summary>The quarter, 1 to 4, for a quarterly pack; <see langword="null"/> for a monthly one.</summary>
    public int? Quarter { get; }

    /// <summary>The financial year of a quarterly pack as written; <see langword="null"/> for the latest with data.</summary>
    public YearLabel? Year { get; }

    /// <summary>The month of a monthly pack; <see langword="null"/> for a quarterly one.</summary>
    public YearMonth? Month { get; }

    /// <summary>Quarter <paramref name="quarter"/> (1 to 4) of <paramref name="year"/>, or of the latest year with data for it.</summary>
    public static PeriodRequest ForQuarter(int quarter, YearLabel? year = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new PeriodRequest(quarter, year, null);
    }

    /// <summary>The month <paramref name="month"/>.</summary>
    public static PeriodRequest ForMonth(YearMonth month) => new(null, null, month);

    /// <inheritdoc/>
    public override string ToString() =>
        Month is { } month ? month.ToString() : Year is { } year ? $"Q{Quarter} {year}" : $"Q{Quarter} (latest year with data)";
}
