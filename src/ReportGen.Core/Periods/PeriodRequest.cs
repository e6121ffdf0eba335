namespace ReportGen.Core.Periods;

/// <summary>
/// The period a build is asked for, read once from the command line and carried as a value until the project's
/// data and financial year are known: a quarter of a named year (<c>--quarter Q3 --year 2016/17</c>), a quarter
/// of the latest year with data for it (<c>--quarter Q3</c>), a month (<c>--month 2016-12</c>), or, with no period
/// given, the latest quarter that has data (<see cref="LatestQuarter"/>).
/// </summary>
public sealed record PeriodRequest
{
    private PeriodRequest(int? quarter, YearLabel? year, YearMonth? month)
    {
        Quarter = quarter;
        Year = year;
        Month = month;
    }

    /// <summary>The quarter, 1 to 4, for a quarterly pack; <see langword="null"/> for a monthly one or the latest quarter with data.</summary>
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

    /// <summary>The latest quarter that has data (<c>reportgen build</c> with no period).</summary>
    public static PeriodRequest LatestQuarter() => new(null, null, null);

    /// <summary>Whether this asks for the latest quarter that has data, rather than naming a quarter or a month.</summary>
    public bool IsLatestQuarter => Quarter is null && Month is null;

    /// <inheritdoc/>
    public override string ToString() =>
        Month is { } month ? month.ToString()
        : Quarter is null ? "the latest quarter with data"
        : Year is { } year ? $"Q{Quarter} {year}"
        : $"Q{Quarter} (latest year with data)";
}
