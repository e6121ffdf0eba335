namespace ReportGen.Core.Indicators;

/// <summary>A line of a segment's chart that a <see cref="SpcWorseningAlert"/> holds points against.</summary>
public enum SpcLevel
{
    /// <summary>The mean (the centre line).</summary>
    Mean,

    /// <summary>The near (two-sigma) limit on the worse side.</summary>
    NearLimit,

    /// <summary>The process (three-sigma) limit on the worse side.</summary>
    Limit,
}
