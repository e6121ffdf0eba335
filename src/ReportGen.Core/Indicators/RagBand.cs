namespace ReportGen.Core.Indicators;

/// <summary>
/// One band of a <see cref="RagMethod.Bands"/> rule. Bands are listed best first; the first band the value
/// meets wins: its <see cref="Min"/> for higher-is-better, its <see cref="Max"/> for lower-is-better, both for a band.
/// A band without the bound its polarity looks at catches every value.
/// </summary>
/// <param name="Rating">The rating the band gives.</param>
/// <param name="Label">The band's words, such as "Close monitoring".</param>
/// <param name="Min">The lowest value in the band.</param>
/// <param name="Max">The highest value in the band.</param>
public sealed record RagBand(Rag Rating, string? Label, decimal? Min, decimal? Max);
