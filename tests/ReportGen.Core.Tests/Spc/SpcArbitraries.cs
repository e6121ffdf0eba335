using FsCheck;
using FsCheck.Fluent;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Tests.Spc;

/// <summary>A series and settings for the SPC properties, with a constant to add and a positive factor to scale by.</summary>
/// <param name="Values">1 to 40 whole values, often repeated (small ranges make ties, points on the mean and flat runs).</param>
/// <param name="Settings">Any settings: screening, fixing, run lengths, a rebase, a target, an alert.</param>
/// <param name="Constant">What to add to every value (and to the target).</param>
/// <param name="Factor">What to scale every value (and the target) by: a positive multiple of 1/8.</param>
public sealed record SpcCase(decimal[] Values, SpcSettings Settings, decimal Constant, decimal Factor)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"values [{string.Join(", ", Values)}], fix {Settings.FixAfter}, screen {Settings.ScreenOutliers}, trend {Settings.TrendLength}, "
        + $"shift {Settings.ShiftLength}, rebase [{string.Join(", ", Settings.Rebase)}], {Settings.Improvement}, target {Settings.Target}, "
        + $"alert {Settings.WorseningAlert}, +{Constant}, ×{Factor}";
}

/// <summary>Generators for the SPC property tests.</summary>
public static class SpcArbitraries
{
    public static Arbitrary<SpcCase> SpcCase() =>
        (from count in Gen.Choose(1, 40)
         from spread in Gen.Elements(3, 20, 1000)
         from values in Gen.ArrayOf(Gen.Choose(0, spread), count)
         from settings in Settings(count)
         from constant in Gen.Choose(-100_000, 100_000)
         from eighths in Gen.Choose(1, 400)
         select new SpcCase([.. values.Select(value => (decimal)value)], settings, constant, eighths / 8m))
        .ToArbitrary();

    private static Gen<SpcSettings> Settings(int count) =>
        from screen in Gen.Elements(true, false)
        from fix in Gen.Choose(1, count + 1)
        from trend in Gen.Choose(2, 8)
        from shift in Gen.Choose(2, 8)
        from rebase in Gen.Choose(0, count)
        from improvement in Gen.Elements(SpcImprovement.Higher, SpcImprovement.Lower, SpcImprovement.Neutral)
        from target in Gen.Choose(-1, 1000)
        from moves in Gen.Choose(0, 4)
        from level in Gen.Elements(SpcLevel.Mean, SpcLevel.NearLimit, SpcLevel.Limit)
        select SpcSettings.Default with
        {
            ScreenOutliers = screen,
            FixAfter = fix >= 2 ? fix : null,
            TrendLength = trend,
            ShiftLength = shift,
            Rebase = rebase > 0 ? [SpcData.Month(rebase)] : [],
            Improvement = improvement,
            Target = target >= 0 ? target : null,
            WorseningAlert = moves > 0 ? new SpcWorseningAlert(moves, level) : null,
        };
}
