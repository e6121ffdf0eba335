namespace ReportGen.Core.Periods;

/// <summary>
/// A month, a quarter or a whole financial year, always placed in a <see cref="FinancialYear"/>:
/// <c>2016/17 Q3</c> is October to December 2016.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodKind kind, FinancialYear year, int index)
    {
        Kind = kind;
        Year = year;
        Index = index;
    }

    /// <summary>Whether this is a month, a quarter or a year.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The financial year the period belongs to.</summary>
    public FinancialYear Year { get; }

    /// <summary>The quarter (1 to 4) or the month of the financial year (1 to 12); 1 for a year.</summary>
    public int Index { get; }

    /// <summary>The period of one calendar month, placed in the financial year (starting in <paramref name="startMonth"/>) that contains it.</summary>
    public static Period ForMonth(YearMonth month, int startMonth = FinancialYear.DefaultStartMonth)
    {
        var year = FinancialYear.Containing(month, startMonth);
        return new Period(PeriodKind.Month, year, year.IndexOf(month));
    }

    /// <summary>Quarter <paramref name="quarter"/> (1 to 4) of <paramref name="year"/>.</summary>
    public static Period ForQuarter(FinancialYear year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return new Period(PeriodKind.Quarter, year, quarter);
    }

    /// <summary>The whole of <paramref name="year"/>.</summary>
    public static Period ForYear(FinancialYear year) => new(PeriodKind.Year, year, 1);

    /// <summary>The months the period covers.</summary>
    public MonthSpan Span => Kind switch
    {
        PeriodKind.Month => new MonthSpan(Year.MonthAt(Index), Year.MonthAt(Index)),
        PeriodKind.Quarter => new MonthSpan(Year.MonthAt((Index * 3) - 2), Year.MonthAt(Index * 3)),
        _ => Year.Span,
    };

    /// <summary>From the start of the financial year to the end of this period.</summary>
    public MonthSpan YearToDate => new(Year.FirstMonth, Span.Last);

    /// <summary>
    /// The period of the same length just before this one. Q1's previous quarter is Q4 of the year before;
    /// April's previous month is March of the year before.
    /// </summary>
    public Period Previous => Kind switch
    {
        PeriodKind.Month => Index == 1 ? new Period(Kind, Year.Previous, 12) : new Period(Kind, Year, Index - 1),
        PeriodKind.Quarter => Index == 1 ? new Period(Kind, Year.Previous, 4) : new Period(Kind, Year, Index - 1),
        _ => new Period(Kind, Year.Previous, 1),
    };

    /// <summary>The same period a year earlier (Q3 2015/16 for Q3 2016/17).</summary>
    public Period SamePeriodLastYear => new(Kind, Year.Previous, Index);

    /// <summary>The period of the same kind that contains <paramref name="month"/>.</summary>
    public static Period Containing(PeriodKind kind, YearMonth month, int startMonth = FinancialYear.DefaultStartMonth)
    {
        var year = FinancialYear.Containing(month, startMonth);
        var index = year.IndexOf(month);
        return kind switch
        {
            PeriodKind.Month => new Period(kind, year, index),
            PeriodKind.Quarter => new Period(kind, year, ((index - 1) / 3) + 1),
            _ => new Period(kind, year, 1),
        };
    }

    /// <inheritdoc/>
    public int CompareTo(Period other)
    {
        var byStart = Span.First.CompareTo(other.Span.First);
        return byStart != 0 ? byStart : Span.Last.CompareTo(other.Span.Last);
    }

    /// <summary>
    /// The form used in data files: <c>2016-10</c> (month), <c>2016/17 Q3</c> (quarter), <c>2016/17</c> (year).
    /// </summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Month => Span.First.ToString(),
        PeriodKind.Quarter => $"{Year} Q{Index}",
        _ => Year.ToString(),
    };
}
