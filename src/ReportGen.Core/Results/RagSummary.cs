namespace ReportGen.Core.Results;

/// <summary>How many indicators of a report have each rating.</summary>
/// <param name="Red">Indicators rated Red.</param>
/// <param name="Amber">Indicators rated Amber.</param>
/// <param name="Green">Indicators rated Green.</param>
/// <param name="None">Indicators with no rating.</param>
public sealed record RagSummary(int Red, int Amber, int Green, int None)
{
    /// <summary>All indicators counted, rated or not.</summary>
    public int Total => Red + Amber + Green + None;

    /// <summary>Counts the ratings of <paramref name="ratings"/>.</summary>
    public static RagSummary Of(IEnumerable<Rag?> ratings)
    {
        int red = 0, amber = 0, green = 0, none = 0;
        foreach (var rating in ratings)
        {
            switch (rating)
            {
                case Results.Rag.Red: red++; break;
                case Results.Rag.Amber: amber++; break;
                case Results.Rag.Green: green++; break;
                default: none++; break;
            }
        }

        return new RagSummary(red, amber, green, none);
    }

    /// <summary>The count of <paramref name="rating"/> (<see langword="null"/> for unrated).</summary>
    public int Count(Rag? rating) => rating switch
    {
        Results.Rag.Red => Red,
        Results.Rag.Amber => Amber,
        Results.Rag.Green => Green,
        _ => None,
    };

    /// <summary>
    /// The share of all indicators (rated or not) that have <paramref name="rating"/>, as a percentage;
    /// <see langword="null"/> when there are no indicators.
    /// </summary>
    public decimal? Percent(Rag? rating) => Total == 0 ? null : Count(rating) * 100m / Total;
}
