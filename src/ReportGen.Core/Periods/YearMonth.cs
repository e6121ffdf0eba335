namespace ReportGen.Core.Periods;

/// <summary>A calendar month, such as October 2016. Ordered by time.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    /// <summary>Creates a month; <paramref name="month"/> is 1 (January) to 12 (December).</summary>
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The month of the year, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>Months since the start of year 0, for arithmetic and ordering.</summary>
    internal int Ordinal => (Year * 12) + Month - 1;

    /// <summary>The month <paramref name="months"/> later (earlier when negative).</summary>
    public YearMonth AddMonths(int months)
    {
        var ordinal = Ordinal + months;
        return new YearMonth(ordinal / 12, (ordinal % 12) + 1);
    }

    /// <summary>How many months <paramref name="other"/> is after this month (negative when before).</summary>
    public int MonthsUntil(YearMonth other) => other.Ordinal - Ordinal;

    /// <inheritdoc/>
    public int CompareTo(YearMonth other) => Ordinal.CompareTo(other.Ordinal);

    /// <summary>Whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(YearMonth left, YearMonth right) => left.Ordinal < right.Ordinal;

    /// <summary>Whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(YearMonth left, YearMonth right) => left.Ordinal > right.Ordinal;

    /// <summary>Whether <paramref name="left"/> is not later than <paramref name="right"/>.</summary>
    public static bool operator <=(YearMonth left, YearMonth right) => left.Ordinal <= right.Ordinal;

    /// <summary>Whether <paramref name="left"/> is not earlier than <paramref name="right"/>.</summary>
    public static bool operator >=(YearMonth left, YearMonth right) => left.Ordinal >= right.Ordinal;

    /// <summary>The ISO form used in data files: <c>2016-10</c>.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
