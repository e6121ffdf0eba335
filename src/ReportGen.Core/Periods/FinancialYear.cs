namespace ReportGen.Core.Periods;

/// <summary>
/// A financial year of twelve months starting in <see cref="StartMonth"/> (April by default):
/// <c>2016/17</c> runs from April 2016 to March 2017.
/// </summary>
public readonly record struct FinancialYear : IComparable<FinancialYear>
{
    /// <summary>The usual UK public-sector start month, April.</summary>
    public const int DefaultStartMonth = 4;

    /// <summary>Creates the financial year that starts in <paramref name="startMonth"/> of <paramref name="startYear"/>.</summary>
    public FinancialYear(int startYear, int startMonth = DefaultStartMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startYear, 9997);
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        StartYear = startYear;
        StartMonth = startMonth;
    }

    /// <summary>The calendar year in which the financial year starts (2016 for 2016/17).</summary>
    public int StartYear { get; }

    /// <summary>The calendar month in which the financial year starts, 1 to 12.</summary>
    public int StartMonth { get; }

    /// <summary>The first month of the year.</summary>
    public YearMonth FirstMonth => new(StartYear, StartMonth);

    /// <summary>The last month of the year.</summary>
    public YearMonth LastMonth => FirstMonth.AddMonths(11);

    /// <summary>All twelve months.</summary>
    public MonthSpan Span => new(FirstMonth, LastMonth);

    /// <summary>The year before.</summary>
    public FinancialYear Previous => new(StartYear - 1, StartMonth);

    /// <summary>The year after.</summary>
    public FinancialYear Next => new(StartYear + 1, StartMonth);

    /// <summary>The financial year (starting in <paramref name="startMonth"/>) that contains <paramref name="month"/>.</summary>
    public static FinancialYear Containing(YearMonth month, int startMonth = DefaultStartMonth) =>
        new(month.Month >= startMonth ? month.Year : month.Year - 1, startMonth);

    /// <summary>The <paramref name="index"/>th month of the year, 1 to 12 (for April starts, 1 is April).</summary>
    public YearMonth MonthAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 12);
        return FirstMonth.AddMonths(index - 1);
    }

    /// <summary>The position of <paramref name="month"/> in this year, 1 to 12.</summary>
    public int IndexOf(YearMonth month)
    {
        var index = FirstMonth.MonthsUntil(month) + 1;
        if (index is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"{month} is not in {this}.");
        }

        return index;
    }

    /// <inheritdoc/>
    public int CompareTo(FinancialYear other) => FirstMonth.CompareTo(other.FirstMonth);

    /// <summary>
    /// The label used in data and packs: <c>2016/17</c>; a calendar year (January start) is just <c>2016</c>.
    /// </summary>
    public override string ToString() =>
        StartMonth == 1 ? $"{StartYear:D4}" : $"{StartYear:D4}/{(StartYear + 1) % 100:D2}";
}
