using ReportGen.Core.Indicators;

namespace ReportGen.Core.Spc;

/// <summary>Turns signals into variation, limits and a target into assurance, and both into a rating.</summary>
internal static class SpcVerdict
{
    /// <summary>
    /// ptd_point_type: common cause without a signal; with neutral improvement, high or low by the signal's direction;
    /// otherwise improvement when the signal points the better way, concern when it points the worse way.
    /// </summary>
    public static SpcVariation Variation(SpcSignal signal, SpcImprovement improvement) => signal.Rule is null
        ? SpcVariation.CommonCause
        : improvement switch
        {
            SpcImprovement.Neutral => signal.Direction > 0 ? SpcVariation.NeutralHigh : SpcVariation.NeutralLow,
            _ => signal.Direction * BetterSign(improvement) > 0 ? SpcVariation.Improvement : SpcVariation.Concern,
        };

    /// <summary>
    /// ptd_calculate_assurance_type, on the last segment's limits: a target strictly above the upper limit is a fail
    /// when higher is better and a pass when lower is; strictly below the lower limit the other way round; otherwise
    /// (on a limit, or between them) inconsistent. No target, or neutral improvement: no assurance.
    /// </summary>
    public static SpcAssurance? Assurance(decimal? target, SpcImprovement improvement, SpcLimits limits)
    {
        if (target is not { } value || improvement == SpcImprovement.Neutral)
        {
            return null;
        }

        var higherIsBetter = improvement == SpcImprovement.Higher;
        return value > limits.UpperLimit ? (higherIsBetter ? SpcAssurance.Fail : SpcAssurance.Pass)
            : value < limits.LowerLimit ? (higherIsBetter ? SpcAssurance.Pass : SpcAssurance.Fail)
            : SpcAssurance.Inconsistent;
    }

    /// <summary>
    /// <c>rag: { method: spc }</c>: Red for a concern, a fail or a worsening alert; otherwise Green for an improvement
    /// or a pass; Amber for everything else (common cause or a neutral signal, with inconsistent or no assurance).
    /// </summary>
    public static Rag Rating(SpcResult result) =>
        result.Variation == SpcVariation.Concern || result.Assurance == SpcAssurance.Fail || result.Alert ? Rag.Red
        : result.Variation == SpcVariation.Improvement || result.Assurance == SpcAssurance.Pass ? Rag.Green
        : Rag.Amber;

    /// <summary>1 when higher is better, −1 when lower is better, 0 when neutral.</summary>
    public static int BetterSign(SpcImprovement improvement) => improvement switch
    {
        SpcImprovement.Higher => 1,
        SpcImprovement.Lower => -1,
        _ => 0,
    };
}
