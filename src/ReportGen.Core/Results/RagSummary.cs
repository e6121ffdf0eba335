using ReportGen.Core.Indicators;

namespace ReportGen.Core.Results;

/// <summary>
/// How many indicators of a report have each rating. Only indicators of type <c>target</c> are counted (rated or
/// not, as <see cref="None"/>); contextual and monitor indicators are never rated and are counted apart, as
/// <see cref="Excluded"/>, so that "Of the 3 indicators" means the indicators held to a target.
/// </summary>
/// <param name="Red">Indicators rated Red.</param>
/// <param name="Amber">Indicators rated Amber.</param>
/// <param name="Green">Indicators rated Green.</param>
/// <param name="None">Indicators with no rating.</param>
public sealed record RagSummary(int Red, int Amber, int Green, int None)
{
    /// <summary>All indicators counted, rated or not.</summary>
    public int Total => Red + Amber + Green + None;

    /// <summary>Contextual and monitor indicators, which are not counted in the others or the <see cref="Total"/>.</summary>
    public int Excluded { get; init; }

    /// <summary>
    /// Target indicators not due in the period (their <c>frequency</c> says so, as an annual one at Q3), a part of
    /// <see cref="None"/>: what is left of <see cref="None"/> (<see cref="NoData"/>) is the indicators that were due but
    /// could not be rated, the "N/A" of a council's counts.
    /// </summary>
    public int NotDue { get; init; }

    /// <summary>Target indicators with no rating that were due: no figure, no target, or a rating withheld.</summary>
    public int NoData => None - NotDue;

    /// <summary>Every indicator, target or not: <see cref="Total"/> and <see cref="Excluded"/>.</summary>
    public int All => Total + Excluded;

    /// <summary>Counts the ratings of <paramref name="results"/>' target indicators, and the others as <see cref="Excluded"/>.</summary>
    public static RagSummary For(IEnumerable<IndicatorResult> results)
    {
        var list = results.ToList();
        var rated = list.Where(r => r.Definition.Type == Indicators.IndicatorType.Target).ToList();
        return Of(rated.Select(r => r.Rag)) with
        {
            Excluded = list.Count - rated.Count,
            NotDue = rated.Count(r => r.NotDue && r.Rag is null),
        };
    }

    /// <summary>
    /// Counts every rating a pack's ratings column shows for <paramref name="results"/>: an indicator with equality gaps
    /// counts once for each group's rating (a gap without one as unrated), whatever its type, as the table shows the gaps'
    /// ratings in its row; any other target indicator counts its own rating; contextual and monitor ones without gaps
    /// are not counted (<see cref="Excluded"/>). MOPAC's Policing theme, eight indicators rated and two rows of two
    /// equality gaps, is twelve ratings.
    /// </summary>
    public static RagSummary OfRatingsShown(IEnumerable<IndicatorResult> results)
    {
        var list = results.ToList();
        var ratings = new List<Rag?>();
        var excluded = 0;
        foreach (var result in list)
        {
            if (result.Gaps.Count > 0)
            {
                ratings.AddRange(result.Gaps.Select(g => g.Rag));
            }
            else if (result.Definition.Type == Indicators.IndicatorType.Target)
            {
                ratings.Add(result.Rag);
            }
            else
            {
                excluded++;
            }
        }

        return Of(ratings) with { Excluded = excluded };
    }

    /// <summary>Counts the ratings of <paramref name="ratings"/>.</summary>
    public static RagSummary Of(IEnumerable<Rag?> ratings)
    {
        int red = 0, amber = 0, green = 0, none = 0;
        foreach (var rating in ratings)
        {
            switch (rating)
            {
                case Indicators.Rag.Red: red++; break;
                case Indicators.Rag.Amber: amber++; break;
                case Indicators.Rag.Green: green++; break;
                default: none++; break;
            }
        }

        return new RagSummary(red, amber, green, none);
    }

    /// <summary>The count of <paramref name="rating"/> (<see langword="null"/> for unrated).</summary>
    public int Count(Rag? rating) => rating switch
    {
        Indicators.Rag.Red => Red,
        Indicators.Rag.Amber => Amber,
        Indicators.Rag.Green => Green,
        _ => None,
    };

    /// <summary>
    /// The share of all indicators (rated or not) that have <paramref name="rating"/>, as a percentage;
    /// <see langword="null"/> when there are no indicators.
    /// </summary>
    public decimal? Percent(Rag? rating) => Total == 0 ? null : Count(rating) * 100m / Total;
}
