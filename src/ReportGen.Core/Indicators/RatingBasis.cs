namespace ReportGen.Core.Indicators;

/// <summary>Which figure an indicator is rated on.</summary>
public enum RatingBasis
{
    /// <summary>The year-to-date figure (the default).</summary>
    Ytd,

    /// <summary>The reported period's own figure (the quarter or month alone).</summary>
    Period,
}
