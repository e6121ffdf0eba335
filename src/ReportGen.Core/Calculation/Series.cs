using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>
/// The usable figures of one indicator for the whole or for one breakdown group, at one granularity, one
/// point per period, in time order. Periods whose rows disagree are left out (they count as missing).
/// </summary>
internal sealed class Series
{
    /// <summary>Creates a series; <paramref name="points"/> must be at <paramref name="granularity"/>, one per period.</summary>
    public Series(string subject, PeriodKind? granularity, IReadOnlyList<DataPoint> points)
    {
        Subject = subject;
        Granularity = granularity;
        Points = [.. points.OrderBy(point => point.Span.First).ThenBy(point => point.Span.Last)];
    }

    /// <summary>What warnings name: the indicator id, with the group in brackets for a breakdown (<c>CSP1 (Asian)</c>).</summary>
    public string Subject { get; }

    /// <summary>Months, quarters or years; <see langword="null"/> when the series has no figures at all.</summary>
    public PeriodKind? Granularity { get; }

    /// <summary>The figures, in time order.</summary>
    public IReadOnlyList<DataPoint> Points { get; }

    /// <summary>Whether no row gave a figure.</summary>
    public bool IsEmpty => Granularity is null;
}
