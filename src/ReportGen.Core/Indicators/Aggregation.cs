namespace ReportGen.Core.Indicators;

/// <summary>How an indicator's observations are combined over a span of time (a quarter, the year to date).</summary>
public enum Aggregation
{
    /// <summary>Values are added (counts).</summary>
    Sum,

    /// <summary>Summed numerators divided by summed denominators (rates); never a mean of rates.</summary>
    Ratio,

    /// <summary>The last observation in the span (snapshots, such as a caseload on the last day).</summary>
    Latest,

    /// <summary>The mean of the observations in the span.</summary>
    Mean,
}
