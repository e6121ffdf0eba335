using ReportGen.Core.Indicators;

namespace ReportGen.Core.Calculation;

/// <summary>
/// Finds the band a figure falls in. Bands are listed best first and the first that holds the figure wins:
/// <c>higher</c> looks at each band's <c>min</c> (a band without one holds everything), <c>lower</c> at its
/// <c>max</c>, and <c>band</c> polarity at both.
/// </summary>
internal static class BandPolicy
{
    /// <summary>The band holding <paramref name="value"/>, or <see langword="null"/> when none does.</summary>
    public static RagBand? Find(IReadOnlyList<RagBand> bands, Polarity polarity, decimal value) =>
        bands.FirstOrDefault(band => Holds(band, polarity, value));

    private static bool Holds(RagBand band, Polarity polarity, decimal value) => polarity switch
    {
        Polarity.Higher => band.Min is not { } min || value >= min,
        Polarity.Lower => band.Max is not { } max || value <= max,
        _ => (band.Min is not { } low || low <= value) && (band.Max is not { } high || value <= high),
    };
}
