using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Finds the target the reported figure is rated against: a data row's <c>target</c> for the reported period
/// first, then a row for the whole financial year (read as <c>annual</c>), then the definition's targets.
/// </summary>
internal static class TargetResolver
{
    /// <summary>The target for <paramref name="period"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="definition">The indicator.</param>
    /// <param name="period">The reported period.</param>
    /// <param name="wholeRows">The indicator's rows for the whole (no breakdown).</param>
    /// <param name="warnings">Where to say that rows disagree or a list cannot be read.</param>
    public static decimal? Resolve(
        IndicatorDefinition definition, Period period, IReadOnlyList<Observation> wholeRows, ICollection<Problem> warnings) =>
        Resolve(definition, period, wholeRows, warnings, out _);

    /// <summary>The target for <paramref name="period"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="definition">The indicator.</param>
    /// <param name="period">The reported period.</param>
    /// <param name="wholeRows">The indicator's rows for the whole (no breakdown).</param>
    /// <param name="warnings">Where to say that rows disagree or a list cannot be read.</param>
    /// <param name="source">Where the target was found: the data row, or the year's targets in the indicator file.</param>
    public static decimal? Resolve(
        IndicatorDefinition definition, Period period, IReadOnlyList<Observation> wholeRows, ICollection<Problem> warnings, out SourceLocation? source)
    {
        if (RowTarget(definition.Id, period, wholeRows, warnings, out source) is { } overridden)
        {
            return overridden;
        }

        var yearPeriod = Period.ForYear(period.Year);
        if (period.Kind != PeriodKind.Year && RowTarget(definition.Id, yearPeriod, wholeRows, warnings, out source) is { } annual)
        {
            return FromSet(new TargetSet(annual, null, null), period, definition.Rag.Basis, definition.Aggregation);
        }

        if (!definition.Targets.TryGetValue(period.Year, out var set))
        {
            source = null;
            return null;
        }

        WarnAboutUnreadableLists(definition.Id, period.Year, set, warnings);
        var target = FromSet(set, period, definition.Rag.Basis, definition.Aggregation);
        source = target is null ? null : set.Source;
        return target;
    }

    /// <summary>
    /// The target a definition's <paramref name="set"/> gives for <paramref name="period"/>: the first of
    /// <c>ytd</c>, <c>quarters</c>/<c>months</c> and <c>annual</c> that fits the period (see docs/calculation.md).
    /// </summary>
    public static decimal? FromSet(TargetSet set, Period period, RatingBasis basis, Aggregation aggregation)
    {
        var additive = aggregation == Aggregation.Sum;
        var end = period.Year.IndexOf(period.Span.Last);
        var start = basis == RatingBasis.Ytd ? 1 : period.Year.IndexOf(period.Span.First);
        return FromYtd(set.Ytd, start, end, basis, additive)
            ?? FromPeriods(set.Periods, start, end, additive)
            ?? FromAnnual(set.Annual, start, end, additive);
    }

    private static decimal? FromYtd(IReadOnlyList<decimal>? ytd, int start, int end, RatingBasis basis, bool additive)
    {
        if (MonthsPerEntry(ytd) is not { } step || end % step != 0)
        {
            return null;
        }

        var atEnd = ytd![(end / step) - 1];
        if (basis == RatingBasis.Ytd || !additive)
        {
            return atEnd;
        }

        // A period's own target for a count is the rise of the cumulative target over the period.
        if ((start - 1) % step != 0)
        {
            return null;
        }

        return start == 1 ? atEnd : atEnd - ytd[((start - 1) / step) - 1];
    }

    private static decimal? FromPeriods(IReadOnlyList<decimal>? periods, int start, int end, bool additive)
    {
        if (MonthsPerEntry(periods) is not { } step || end % step != 0)
        {
            return null;
        }

        if (!additive)
        {
            return periods![(end / step) - 1];
        }

        if ((start - 1) % step != 0)
        {
            return null;
        }

        var total = 0m;
        for (var entry = (start - 1) / step; entry < end / step; entry++)
        {
            total += periods![entry];
        }

        return total;
    }

    private static decimal? FromAnnual(decimal? annual, int start, int end, bool additive) =>
        annual is { } value && additive ? value * (end - start + 1) / 12m : annual;

    /// <summary>Three months per entry for a four-entry list, one for twelve; <see langword="null"/> for no list or another length.</summary>
    private static int? MonthsPerEntry(IReadOnlyList<decimal>? list) => list?.Count switch
    {
        4 => 3,
        12 => 1,
        _ => null,
    };

    private static decimal? RowTarget(
        string id, Period period, IReadOnlyList<Observation> wholeRows, ICollection<Problem> warnings, out SourceLocation? source)
    {
        source = null;
        var targets = wholeRows
            .Where(row => row.Target is not null && row.Period == period)
            .Select(row => row.Target!.Value)
            .Distinct()
            .Order()
            .ToList();
        if (targets.Count > 1)
        {
            warnings.Add(Problem.Warning(null,
                $"{id}: the rows for {period} give different targets ({Formatting.Join([.. targets.Select(Formatting.Number)])}), "
                + "so none of them is used; give one target per period"));
            return null;
        }

        if (targets.Count != 1)
        {
            return null;
        }

        source = wholeRows.First(row => row.Target is not null && row.Period == period).Source;
        return targets[0];
    }

    private static void WarnAboutUnreadableLists(string id, FinancialYear year, TargetSet set, ICollection<Problem> warnings)
    {
        foreach (var (name, list) in new[] { ("ytd", set.Ytd), ("quarters/months", set.Periods) })
        {
            if (list is not null && MonthsPerEntry(list) is null)
            {
                warnings.Add(Problem.Warning(null,
                    $"{id}: the {year} {name} target list has {list.Count} entries, so it is not used; "
                    + "give 4 (one per quarter) or 12 (one per month)"));
            }
        }
    }
}
