namespace ReportGen.Core.Spc;

/// <summary>What kind of variation a point shows (NHSRplotthedots' <c>point_type</c>).</summary>
public enum SpcVariation
{
    /// <summary>No rule flags the point: the variation expected of a stable process.</summary>
    CommonCause,

    /// <summary>Special cause in the direction of improvement.</summary>
    Improvement,

    /// <summary>Special cause in the direction of concern.</summary>
    Concern,

    /// <summary>Special cause upwards, when neither direction is better.</summary>
    NeutralHigh,

    /// <summary>Special cause downwards, when neither direction is better.</summary>
    NeutralLow,
}
