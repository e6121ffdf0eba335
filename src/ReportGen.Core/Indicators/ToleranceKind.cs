namespace ReportGen.Core.Indicators;

/// <summary>How a <see cref="Tolerance"/> amount is read.</summary>
public enum ToleranceKind
{
    /// <summary>A percentage of the target: <c>5%</c> of 12,375 allows 618.75.</summary>
    PercentOfTarget,

    /// <summary>An amount in the indicator's unit: <c>100</c> allows 100 crimes.</summary>
    Absolute,

    /// <summary>Percentage points, for percent indicators: <c>2pp</c> allows 26% against a 28% target.</summary>
    PercentagePoints,
}
