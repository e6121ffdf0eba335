using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>How warnings word periods and lists of them.</summary>
internal static class PeriodWords
{
    private const int MaxListed = 6;

    /// <summary><c>monthly</c>, <c>quarterly</c> or <c>yearly</c>.</summary>
    public static string Adjective(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "monthly",
        PeriodKind.Quarter => "quarterly",
        _ => "yearly",
    };

    /// <summary>Items as prose, the first few named and the rest counted: <c>2016-10, 2016-11 and 4 more</c>.</summary>
    public static string List(IReadOnlyList<string> items) => items.Count <= MaxListed
        ? Formatting.Join(items)
        : $"{string.Join(", ", items.Take(MaxListed))} and {items.Count - MaxListed} more";

    /// <summary>
    /// Periods in time order, with runs of three or more back-to-back periods written as one:
    /// <c>2015-04 to 2016-03</c>.
    /// </summary>
    public static IReadOnlyList<string> Runs(IReadOnlyList<Period> periods)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= periods.Count; i++)
        {
            if (i < periods.Count && periods[i].Span.First == periods[i - 1].Span.Last.AddMonths(1))
            {
                continue;
            }

            var length = i - start;
            if (length >= 3)
            {
                words.Add($"{periods[start]} to {periods[i - 1]}");
            }
            else
            {
                words.AddRange(periods.Skip(start).Take(length).Select(period => period.ToString()));
            }

            start = i;
        }

        return words;
    }
}
