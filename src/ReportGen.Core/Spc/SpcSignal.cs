namespace ReportGen.Core.Spc;

/// <summary>What the rules made of one point: the rule that flags it, if any, and which way the signal points.</summary>
/// <param name="Rule">The first rule, in priority order, that flags the point.</param>
/// <param name="Direction">1 for a signal upwards (above the mean, or a rising trend), −1 downwards, 0 for none.</param>
internal readonly record struct SpcSignal(SpcRule? Rule, int Direction)
{
    /// <summary>No rule flags the point.</summary>
    public static SpcSignal None => default;
}
