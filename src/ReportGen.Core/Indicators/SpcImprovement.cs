namespace ReportGen.Core.Indicators;

/// <summary>Which way is an improvement for an SPC chart (NHSRplotthedots' <c>improvement_direction</c>).</summary>
public enum SpcImprovement
{
    /// <summary>Higher values are an improvement (<c>increase</c>).</summary>
    Higher,

    /// <summary>Lower values are an improvement (<c>decrease</c>).</summary>
    Lower,

    /// <summary>Neither way is better: signals are only high or low (<c>neutral</c>).</summary>
    Neutral,
}
