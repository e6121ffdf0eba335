namespace ReportGen.Core.Calculation;

/// <summary>The rated figure held against its target.</summary>
/// <param name="Target">The target, if any (for band polarity, a single target when no range is given).</param>
/// <param name="Allowance">The allowed distance from the target, in display units.</param>
/// <param name="OffTarget">Whether the figure is further from the target than allowed; <see langword="null"/> without a figure or a target.</param>
internal sealed record TargetCheck(decimal? Target, decimal? Allowance, bool? OffTarget)
{
    /// <summary>No target to hold the figure against.</summary>
    public static TargetCheck None { get; } = new(null, null, null);
}
