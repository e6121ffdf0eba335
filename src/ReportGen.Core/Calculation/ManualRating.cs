using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>
/// A rating supplied in the data: the <c>rating</c> of the whole row for the reported period, failing that of
/// the last rated whole row inside the period (December's rating for Q3). No such row, no rating.
/// </summary>
internal static class ManualRating
{
    /// <summary>The supplied rating for <paramref name="period"/>, or <see langword="null"/>.</summary>
    public static Rag? Find(string id, Period period, IReadOnlyList<Observation> wholeRows, ICollection<Problem> warnings)
    {
        var rated = wholeRows.Where(row => row.Rating is not null).ToList();
        var exact = rated.Where(row => row.Period == period).ToList();
        if (exact.Count > 0)
        {
            return Agreed(id, period, exact, warnings);
        }

        // The last row inside the period: latest end first, then the shortest (the most recent word).
        var inside = rated.Where(row => period.Span.Contains(row.Period.Span)).ToList();
        if (inside.Count == 0)
        {
            // Never silently unrated: the analyst meant to give one.
            warnings.Add(Problem.Warning(null,
                $"{id}: is rated by hand (rag: manual) but no data row gives a rating for {period}, so it has no rating; "
                + $"add a row for {period} with a rating (G, A or R)"));
            return null;
        }

        var last = inside.Select(row => row.Period).OrderBy(p => p.Span.Last).ThenBy(p => p.Span.First).Last();
        return Agreed(id, last, [.. inside.Where(row => row.Period == last)], warnings);
    }

    private static Rag? Agreed(string id, Period period, List<Observation> rows, ICollection<Problem> warnings)
    {
        var ratings = rows.Select(row => row.Rating!.Value).Distinct().Order().ToList();
        if (ratings.Count == 1)
        {
            return ratings[0];
        }

        warnings.Add(Problem.Warning(null,
            $"{id}: the rows for {period} give different ratings ({Formatting.Join([.. ratings.Select(r => r.ToString())])}), "
            + "so it has no rating; give one rating per period"));
        return null;
    }
}
