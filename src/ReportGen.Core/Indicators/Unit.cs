namespace ReportGen.Core.Indicators;

/// <summary>What an indicator's values measure; decides how they are shown and which tolerances make sense.</summary>
public enum Unit
{
    /// <summary>A number of things (crimes, calls): <c>13,143</c>.</summary>
    Count,

    /// <summary>A percentage, held in display units (28.8, not 0.288): <c>28.8%</c>.</summary>
    Percent,

    /// <summary>Any other number: <c>4.2</c>.</summary>
    Number,

    /// <summary>A duration in days: <c>12 days</c>.</summary>
    Days,

    /// <summary>Money in pounds: <c>£4.3m</c>.</summary>
    Currency,
}
