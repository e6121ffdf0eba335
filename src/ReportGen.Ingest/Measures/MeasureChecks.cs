using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Measures;

/// <summary>
/// The checks across the rows of every data file: unknown indicators (a warning per id; rows ignored), one row
/// per indicator, period and breakdown, one granularity per indicator and breakdown, and what the unit allows.
/// </summary>
internal static class MeasureChecks
{
    /// <summary>The observations of <paramref name="rows"/> that pass, in file and row order.</summary>
    /// <param name="rows">The rows of every file, in order.</param>
    /// <param name="units">The unit of each known indicator, or <see langword="null"/> when not known.</param>
    /// <param name="problems">Where problems go.</param>
    public static IReadOnlyList<Observation> Check(IReadOnlyList<MeasureRow> rows, IReadOnlyDictionary<string, Unit?> units, ProblemList problems)
    {
        WarnUnknown(rows, units.Keys, problems);
        var observations = new List<Observation>();
        var seen = new Dictionary<(string, Period, string?), SourceLocation>();
        var granularity = new Dictionary<(string, string?), (PeriodKind Kind, SourceLocation At)>();
        var mixed = new HashSet<(string, string?)>();
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var o = row.Observation;
            if (!units.TryGetValue(o.IndicatorId, out var unit))
            {
                continue;
            }

            var what = o.Breakdown is null ? $"{o.IndicatorId} for {o.Period}" : $"{o.IndicatorId} for {o.Period} (breakdown '{Excerpt.Of(o.Breakdown)}')";
            if (seen.TryGetValue((o.IndicatorId, o.Period, o.Breakdown), out var first))
            {
                problems.Error(row.Location, $"{what} is given twice: here and at {first.Path}:{first.Line}; keep one row");
                continue;
            }

            seen.Add((o.IndicatorId, o.Period, o.Breakdown), row.Location);
            if (o.HasFigure && !CheckGranularity(row, what, granularity, mixed, problems))
            {
                continue;
            }

            if (CheckUnit(row, unit, problems) && CheckSize(row, totals, problems))
            {
                observations.Add(o);
            }
        }

        return observations;
    }

    private static void WarnUnknown(IReadOnlyList<MeasureRow> rows, IEnumerable<string> known, ProblemList problems)
    {
        var knownIds = known.ToArray();
        var knownSet = new HashSet<string>(knownIds, StringComparer.Ordinal);
        foreach (var group in rows.Where(r => !knownSet.Contains(r.Observation.IndicatorId)).GroupBy(r => r.Observation.IndicatorId, StringComparer.Ordinal))
        {
            var count = group.Count();
            var rowsText = group.First().IsCount ? "its counts are" : count == 1 ? "its row is" : $"its {count} rows are";
            var hint = Suggestions.Closest(group.Key, knownIds) is { } match ? $"did you mean '{Excerpt.Of(match)}'?" : "define it under indicators/ or correct the id";
            problems.Warning(group.First().At(MeasureColumn.Indicator), $"'{Excerpt.Of(group.Key)}' is not a defined indicator, so {rowsText} ignored; {hint}");
        }
    }

    private static bool CheckGranularity(MeasureRow row, string what, Dictionary<(string, string?), (PeriodKind Kind, SourceLocation At)> granularity, HashSet<(string, string?)> mixed, ProblemList problems)
    {
        var o = row.Observation;
        var key = (o.IndicatorId, o.Breakdown);
        if (!granularity.TryGetValue(key, out var first))
        {
            granularity.Add(key, (o.Period.Kind, row.Location));
            return true;
        }

        if (first.Kind == o.Period.Kind)
        {
            return true;
        }

        if (mixed.Add(key))
        {
            var series = o.Breakdown is null ? o.IndicatorId : $"{o.IndicatorId} (breakdown '{Excerpt.Of(o.Breakdown)}')";
            problems.Error(row.Location, $"{series} has figures for {Plural(first.Kind)} (from {first.At.Path}:{first.At.Line}) and for {Plural(o.Period.Kind)} (here, {what}); give an indicator its figures at one granularity");
        }

        return false;
    }

    private static bool CheckUnit(MeasureRow row, Unit? unit, ProblemList problems)
    {
        var o = row.Observation;
        if (row.Pounds is { } pounds && unit is { } known && known != Unit.Currency)
        {
            problems.Error(row.At(pounds), $"{o.IndicatorId} is not money (unit {known.ToString().ToLowerInvariant()}), so its {pounds.ToString().ToLowerInvariant()} cannot have a pound sign; write the number alone, or set unit: currency");
            return false;
        }

        if (unit == Unit.Percent)
        {
            foreach (var (column, amount) in new[] { (MeasureColumn.Numerator, o.Numerator), (MeasureColumn.Denominator, o.Denominator) })
            {
                if (amount < 0)
                {
                    problems.Error(row.At(column), $"{o.IndicatorId} is a percentage of things counted, so its {column.ToString().ToLowerInvariant()} cannot be {amount}; check the figure (numerator and denominator are counts, 0 or more)");
                    return false;
                }
            }
        }

        if (unit == Unit.Percent && o.Numerator > o.Denominator)
        {
            problems.Error(row.At(MeasureColumn.Numerator), $"the numerator {o.Numerator} is above the denominator {o.Denominator}, which a percentage cannot be; check the two columns");
            return false;
        }

        if (unit == Unit.Count)
        {
            foreach (var (column, amount) in new[] { (MeasureColumn.Value, o.Value), (MeasureColumn.Numerator, o.Numerator), (MeasureColumn.Denominator, o.Denominator) })
            {
                if (amount < 0)
                {
                    problems.Error(row.At(column), $"{o.IndicatorId} counts things, so its {column.ToString().ToLowerInvariant()} cannot be {amount}; check the figure (a fall is shown by the figures, not by a negative count)");
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The most an indicator's figures may add up to (each taken as positive): far beyond any real figure, far below decimal's limit.</summary>
    internal const decimal MostTotal = 1_000_000_000_000_000m;

    /// <summary>
    /// Whether the indicator's figures so far, this row's included, still add up (each taken as positive) to at most
    /// <see cref="MostTotal"/>, so that no sum, rate or year to date worked out from them can overflow.
    /// </summary>
    private static bool CheckSize(MeasureRow row, Dictionary<string, decimal> totals, ProblemList problems)
    {
        var o = row.Observation;
        var total = totals.GetValueOrDefault(o.IndicatorId);
        foreach (var (column, amount) in new[] { (MeasureColumn.Value, o.Value), (MeasureColumn.Numerator, o.Numerator), (MeasureColumn.Denominator, o.Denominator), (MeasureColumn.Target, o.Target) })
        {
            var size = Math.Abs(amount ?? 0);
            if (size > MostTotal - total)
            {
                problems.Error(row.At(column), $"{o.IndicatorId}'s figures add up to more than {MostTotal:N0} with this {column.ToString().ToLowerInvariant()} ({Excerpt.Of(amount?.ToString(System.Globalization.CultureInfo.InvariantCulture))}), more than ReportGen can work out sums and rates from; check the figure (a stray digit, or pence for pounds?)");
                return false;
            }

            total += size;
        }

        totals[o.IndicatorId] = total;
        return true;
    }

    private static string Plural(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "months",
        PeriodKind.Quarter => "quarters",
        _ => "years",
    };
}
