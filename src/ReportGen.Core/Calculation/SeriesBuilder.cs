using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Turns the rows of one indicator (whole or one group) into a <see cref="Series"/>: picks the granularity,
/// and makes sure nothing is counted twice, warning about what it had to leave out.
/// </summary>
internal static class SeriesBuilder
{
    /// <summary>Builds the series of <paramref name="rows"/>, adding to <paramref name="warnings"/> what was left out and why.</summary>
    public static Series Build(
        string subject, IEnumerable<Observation> rows, Aggregation aggregation, Unit unit, ICollection<Problem> warnings)
    {
        var rowList = rows.ToList();
        if (aggregation == Aggregation.Ratio)
        {
            WarnAboutValueOnlyRates(subject, rowList, warnings);
        }

        var points = rowList
            .Select(row => ObservationRows.PointOf(row, aggregation, unit))
            .OfType<DataPoint>()
            .ToList();
        var kinds = points.Select(point => point.Period.Kind).Distinct().Order().ToList();
        if (kinds.Count == 0)
        {
            return new Series(subject, null, []);
        }

        // Mixed granularities would count the same months twice (October and Q3): keep only the finest.
        var granularity = kinds[0];
        if (kinds.Count > 1)
        {
            var described = Formatting.Join([.. kinds.Select(PeriodWords.Adjective)]);
            warnings.Add(Problem.Warning(null,
                $"{subject}: rows come {described}; only the {PeriodWords.Adjective(granularity)} rows are used, "
                + "so nothing is counted twice (give one granularity per indicator)"));
        }

        var kept = new List<DataPoint>();
        foreach (var group in points.Where(p => p.Period.Kind == granularity).GroupBy(p => p.Span).OrderBy(g => g.Key.First))
        {
            var first = group.First();
            if (group.All(first.SameFigureAs))
            {
                kept.Add(first);
                continue;
            }

            var figures = group.Select(p => p.Describe()).Distinct().Order(StringComparer.Ordinal).ToList();
            warnings.Add(Problem.Warning(null,
                $"{subject}: the rows for {first.Period} disagree ({Formatting.Join(figures)}), so none of them "
                + "is used and that period counts as having no data"));
        }

        return new Series(subject, granularity, kept);
    }

    private static void WarnAboutValueOnlyRates(string subject, List<Observation> rows, ICollection<Problem> warnings)
    {
        var valueOnly = rows
            .Where(row => row.Value is not null && (row.Numerator is null || row.Denominator is null))
            .Select(row => row.Period)
            .Distinct()
            .Order()
            .Select(period => period.ToString())
            .ToList();
        if (valueOnly.Count > 0)
        {
            warnings.Add(Problem.Warning(null,
                $"{subject}: is a ratio, so its rows need a numerator and a denominator; the rows for "
                + $"{PeriodWords.List(valueOnly)} give only a value and are not used"));
        }
    }
}
