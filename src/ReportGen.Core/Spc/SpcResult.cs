using ReportGen.Core.Indicators;

namespace ReportGen.Core.Spc;

/// <summary>An XmR chart analysis of a series (contract section 6). Figures are unrounded.</summary>
/// <param name="Mean">The last segment's mean.</param>
/// <param name="UpperLimit">The last segment's upper process limit.</param>
/// <param name="LowerLimit">The last segment's lower process limit.</param>
/// <param name="Variation">The variation of the last point.</param>
/// <param name="Assurance">The last segment's limits against the target; <see langword="null"/> with no target or neutral improvement.</param>
/// <param name="Points">Every point in time order.</param>
/// <param name="Warnings">What an analyst should know (trial limits, unused rebase periods), in words, without the indicator's id.</param>
public sealed record SpcResult(
    decimal Mean,
    decimal UpperLimit,
    decimal LowerLimit,
    SpcVariation Variation,
    SpcAssurance? Assurance,
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The improvement direction the analysis used (the setting, or <see cref="SpcImprovement.Higher"/> by default).</summary>
    public SpcImprovement Improvement { get; init; }

    /// <summary>Whether the last point raises the <see cref="SpcSettings.WorseningAlert"/>.</summary>
    public bool Alert { get; init; }
}
