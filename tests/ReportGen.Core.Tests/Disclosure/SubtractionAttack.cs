using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Tests.Disclosure;

/// <summary>
/// What someone holding the published figures can work out by subtraction, written independently of ReportGen's own
/// audit: the sums a reader knows hold (months add up to quarters and years to date, wards to the whole, parts to a
/// total), solved again and again wherever one figure of a sum is unknown, until nothing more comes out.
/// </summary>
internal static class SubtractionAttack
{
    /// <summary>Every suppressed figure the attack recovers, by <c>indicator|figure</c>.</summary>
    public static IReadOnlyDictionary<string, decimal> Recover(ReportResults published, IReadOnlyList<IndicatorTotal> totals)
    {
        var known = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var sums = new List<(string Total, string[] Parts)>();
        foreach (var result in published.Indicators)
        {
            Record(known, unknown, result);
            sums.AddRange(TimeSums(result, published.Period));
            foreach (var figure in new[] { "Period", "Ytd" })
            {
                sums.Add(($"{result.Definition.Id}|{figure}", [.. result.Breakdowns.Select(b => $"{result.Definition.Id}|{b.Breakdown}:{figure}")]));
            }
        }

        foreach (var total in totals)
        {
            var t = published.Indicators.Single(r => r.Definition.Id == total.Total);
            foreach (var key in Keys(t))
            {
                var slot = key[(key.IndexOf('|') + 1)..];
                sums.Add((key, [.. total.Parts.Select(p => $"{p}|{slot}")]));
            }
        }

        var recovered = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var progress = true; progress;)
        {
            progress = false;
            foreach (var (total, parts) in sums)
            {
                var cells = parts.Prepend(total).ToList();
                var missing = cells.Where(c => !known.ContainsKey(c)).ToList();
                if (missing.Count != 1 || !unknown.Contains(missing[0]))
                {
                    continue;
                }

                var value = missing[0] == total
                    ? parts.Sum(p => known[p])
                    : known[total] - parts.Where(p => p != missing[0]).Sum(p => known[p]);
                known[missing[0]] = recovered[missing[0]] = value;
                progress = true;
            }
        }

        return recovered;
    }

    private static IEnumerable<(string, string[])> TimeSums(IndicatorResult result, Period period)
    {
        var id = result.Definition.Id;
        var end = period.Span.Last;
        var spans = new (string Name, MonthSpan Span)[]
        {
            ("Period", period.Span), ("PreviousPeriod", period.Previous.Span), ("SamePeriodLastYear", period.SamePeriodLastYear.Span),
            ("Ytd", period.YearToDate), ("YtdLastYear", period.SamePeriodLastYear.YearToDate), ("PreviousYtd", period.Previous.YearToDate),
            ("Rolling12", new MonthSpan(end.AddMonths(-11), end)),
        };
        foreach (var (name, span) in spans)
        {
            yield return ($"{id}|{name}", [.. span.Months().Select(m => $"{id}|{m}")]);
        }
    }

    private static void Record(Dictionary<string, decimal> known, HashSet<string> unknown, IndicatorResult result)
    {
        var id = result.Definition.Id;
        void Add(string key, Aggregate figure)
        {
            if (figure.Suppressed)
            {
                unknown.Add(key);
            }
            else if (figure.Value is { } value)
            {
                known[key] = value;
            }
        }

        Add($"{id}|Period", result.Period);
        Add($"{id}|PreviousPeriod", result.PreviousPeriod);
        Add($"{id}|SamePeriodLastYear", result.SamePeriodLastYear);
        Add($"{id}|Ytd", result.Ytd);
        Add($"{id}|YtdLastYear", result.YtdLastYear);
        Add($"{id}|PreviousYtd", result.PreviousYtd);
        Add($"{id}|Rolling12", result.Rolling12);
        foreach (var point in result.Series)
        {
            Add($"{id}|{point.Period.Span.First}", point.Figure);
        }

        foreach (var b in result.Breakdowns)
        {
            Add($"{id}|{b.Breakdown}:Period", b.Period);
            Add($"{id}|{b.Breakdown}:Ytd", b.Ytd);
        }
    }

    private static IEnumerable<string> Keys(IndicatorResult result)
    {
        var known = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        Record(known, unknown, result);
        return known.Keys.Concat(unknown).Order(StringComparer.Ordinal);
    }
}
