using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Spc.SpcData;
using PropertyTestAttribute = FsCheck.NUnit.PropertyAttribute;

namespace ReportGen.Core.Tests.Spc;

// FsCheck's [Property] supplies the arguments from generators; NUnit's analyzer cannot see that.
#pragma warning disable NUnit1027

/// <summary>
/// Invariants of the analysis on generated series and settings. The rules compare values with lines strictly, so
/// the invariance properties hold exactly; decimal rounds at the 28th digit, so a case where a value lies within
/// 1e-20 of a line without being on it (a rounding tie, not a real one) is set aside rather than judged.
/// </summary>
public sealed class SpcPropertyTests
{
    private const decimal Tiny = 0.000_000_000_000_000_000_01m;

    [PropertyTest(Arbitrary = new[] { typeof(SpcArbitraries) })]
    public bool Limits_are_symmetric_about_the_mean_and_in_order(SpcCase data)
    {
        var result = SpcAnalysis.Analyse(Series(data.Values), data.Settings);
        return result.Points.Select(point => point.Limits).Distinct().All(limits =>
            Same(limits.UpperLimit - limits.Mean, limits.Mean - limits.LowerLimit, Tiny)
            && Same(limits.UpperNearLimit - limits.Mean, limits.Mean - limits.LowerNearLimit, Tiny)
            && limits.LowerLimit <= limits.LowerNearLimit && limits.LowerNearLimit <= limits.Mean
            && limits.Mean <= limits.UpperNearLimit && limits.UpperNearLimit <= limits.UpperLimit);
    }

    [PropertyTest(Arbitrary = new[] { typeof(SpcArbitraries) })]
    public FsCheck.Property Adding_a_constant_shifts_the_mean_and_limits_and_changes_no_rule(SpcCase data)
    {
        var settings = data.Settings with { Target = data.Settings.Target + data.Constant };
        var before = SpcAnalysis.Analyse(Series(data.Values), data.Settings);
        var after = SpcAnalysis.Analyse(Series([.. data.Values.Select(value => value + data.Constant)]), settings);
        var tolerance = 0.000_000_000_001m;
        return FsCheck.Fluent.Prop.Implies(
            ClearOfTies(before, data.Settings.Target) && ClearOfTies(after, settings.Target),
            () => SameVerdicts(before, after)
                && before.Points.Zip(after.Points).All(pair =>
                    Same(pair.First.Limits.Mean + data.Constant, pair.Second.Limits.Mean, tolerance)
                    && Same(pair.First.Limits.UpperLimit + data.Constant, pair.Second.Limits.UpperLimit, tolerance)
                    && Same(pair.First.Limits.LowerLimit + data.Constant, pair.Second.Limits.LowerLimit, tolerance)));
    }

    [PropertyTest(Arbitrary = new[] { typeof(SpcArbitraries) })]
    public FsCheck.Property Scaling_by_a_positive_factor_scales_the_mean_and_limits_and_changes_no_rule(SpcCase data)
    {
        var settings = data.Settings with { Target = data.Settings.Target * data.Factor };
        var before = SpcAnalysis.Analyse(Series(data.Values), data.Settings);
        var after = SpcAnalysis.Analyse(Series([.. data.Values.Select(value => value * data.Factor)]), settings);
        var tolerance = 0.000_000_000_001m;
        return FsCheck.Fluent.Prop.Implies(
            ClearOfTies(before, data.Settings.Target) && ClearOfTies(after, settings.Target),
            () => SameVerdicts(before, after)
                && before.Points.Zip(after.Points).All(pair =>
                    Same(pair.First.Limits.Mean * data.Factor, pair.Second.Limits.Mean, tolerance)
                    && Same(pair.First.Limits.UpperLimit * data.Factor, pair.Second.Limits.UpperLimit, tolerance)
                    && Same(pair.First.Limits.LowerLimit * data.Factor, pair.Second.Limits.LowerLimit, tolerance)));
    }

    [PropertyTest(Arbitrary = new[] { typeof(SpcArbitraries) })]
    public bool The_last_point_decides_the_chart_s_variation_and_lines(SpcCase data)
    {
        var result = SpcAnalysis.Analyse(Series(data.Values), data.Settings);
        var last = result.Points[^1];
        return result.Points.Count == data.Values.Length
            && result.Variation == last.Variation
            && result.Alert == last.Alert
            && result.Mean == last.Limits.Mean
            && (last.Rule is null) == (last.Variation == SpcVariation.CommonCause);
    }

    private static bool SameVerdicts(SpcResult before, SpcResult after) =>
        before.Variation == after.Variation
        && before.Assurance == after.Assurance
        && before.Alert == after.Alert
        && before.Points.Select(point => (point.Rule, point.Variation, point.Segment, point.RelativeToMean, point.Alert))
            .SequenceEqual(after.Points.Select(point => (point.Rule, point.Variation, point.Segment, point.RelativeToMean, point.Alert)));

    /// <summary>No value, and not the target, lies within a rounding error of a line without being exactly on it.</summary>
    private static bool ClearOfTies(SpcResult result, decimal? target) =>
        result.Points.All(point => ClearOf(point.Value, point.Limits))
        && (target is not { } value || ClearOf(value, result.Points[^1].Limits));

    private static bool ClearOf(decimal value, SpcLimits limits) =>
        new[] { limits.Mean, limits.UpperLimit, limits.LowerLimit, limits.UpperNearLimit, limits.LowerNearLimit }
            .All(line => Math.Abs(value - line) is 0m or >= Tiny);

    private static bool Same(decimal a, decimal b, decimal tolerance) => Math.Abs(a - b) <= tolerance * Math.Max(1m, Math.Abs(a));
}
