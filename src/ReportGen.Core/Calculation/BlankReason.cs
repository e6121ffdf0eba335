namespace ReportGen.Core.Calculation;

/// <summary>Why a figure over a span could not be had.</summary>
internal enum BlankReason
{
    /// <summary>It could: the figure is there (or is blank only because the series has no data at all).</summary>
    None,

    /// <summary>Periods of the series' granularity inside the span have no data (a month missing).</summary>
    Missing,

    /// <summary>The data is coarser than the span (quarterly rows cannot give one month).</summary>
    TooCoarse,

    /// <summary>A ratio's summed denominator is zero.</summary>
    ZeroDenominator,
}
