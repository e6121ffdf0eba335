namespace ReportGen.Core.Periods;

/// <summary>A run of whole months from <see cref="First"/> to <see cref="Last"/>, both included.</summary>
public readonly record struct MonthSpan
{
    /// <summary>Creates a span; <paramref name="last"/> must not be before <paramref name="first"/>.</summary>
    public MonthSpan(YearMonth first, YearMonth last)
    {
        if (last < first)
        {
            throw new ArgumentException($"A span cannot end ({last}) before it starts ({first}).", nameof(last));
        }

        First = first;
        Last = last;
    }

    /// <summary>The first month of the span.</summary>
    public YearMonth First { get; }

    /// <summary>The last month of the span.</summary>
    public YearMonth Last { get; }

    /// <summary>How many months the span covers.</summary>
    public int MonthCount => First.MonthsUntil(Last) + 1;

    /// <summary>Whether <paramref name="month"/> lies in the span.</summary>
    public bool Contains(YearMonth month) => month >= First && month <= Last;

    /// <summary>Whether every month of <paramref name="other"/> lies in this span.</summary>
    public bool Contains(MonthSpan other) => other.First >= First && other.Last <= Last;

    /// <summary>Whether the two spans share at least one month.</summary>
    public bool Overlaps(MonthSpan other) => other.First <= Last && other.Last >= First;

    /// <summary>The months of the span in order.</summary>
    public IEnumerable<YearMonth> Months()
    {
        for (var month = First; month <= Last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    /// <summary>The span one year earlier.</summary>
    public MonthSpan YearEarlier() => new(First.AddMonths(-12), Last.AddMonths(-12));

    /// <inheritdoc/>
    public override string ToString() => First == Last ? First.ToString() : $"{First}..{Last}";
}
