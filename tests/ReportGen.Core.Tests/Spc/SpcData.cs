using System.Globalization;
using ReportGen.Core.Indicators;
using ReportGen.Core.Spc;

namespace ReportGen.Core.Tests.Spc;

/// <summary>Small builders for SPC tests: monthly series and a one-letter picture of the rules.</summary>
internal static class SpcData
{
    /// <summary>
    /// Twelve points alternating 52 and 50: mean 51, every moving range 2, so with <c>FixAfter = 12</c> the limits
    /// are 51 ± 2.66 × 2 = [45.68, 56.32] and the near limits 51 ± 1.77333… × 2 = [47.4533…, 54.5466…]. It flags
    /// nothing itself (no run, nothing near a limit) and ends below the mean, on 50.
    /// </summary>
    public static readonly decimal[] Baseline = [52, 50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 50];

    /// <summary>Limits fixed on <see cref="Baseline"/>.</summary>
    public static readonly SpcSettings FixedOnBaseline = SpcSettings.Default with { FixAfter = 12 };

    /// <summary>Monthly points from April 2015, one per value.</summary>
    public static IReadOnlyList<(string Period, decimal Value)> Series(params decimal[] values) =>
        [.. values.Select((value, i) => (Month(i), value))];

    /// <summary>The <paramref name="index"/>-th month from April 2015: <c>2015-04</c>, <c>2015-05</c> …</summary>
    public static string Month(int index) =>
        new DateOnly(2015, 4, 1).AddMonths(index).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The baseline followed by <paramref name="values"/>, analysed with limits fixed on the baseline.</summary>
    public static SpcResult AfterBaseline(SpcSettings? settings, params decimal[] values) =>
        SpcAnalysis.Analyse(Series([.. Baseline, .. values]), settings ?? FixedOnBaseline);

    /// <summary>
    /// One letter per point for the rule that flags it: <c>O</c> outside the limits, <c>T</c> trend, <c>2</c> two in
    /// three, <c>S</c> shift, <c>.</c> none.
    /// </summary>
    public static string Rules(SpcResult result, int skip = 0) =>
        string.Concat(result.Points.Skip(skip).Select(point => point.Rule switch
        {
            SpcRule.OutsideLimits => 'O',
            SpcRule.Trend => 'T',
            SpcRule.TwoInThree => '2',
            SpcRule.Shift => 'S',
            _ => '.',
        }));
}
