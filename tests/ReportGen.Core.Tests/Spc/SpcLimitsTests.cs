using ReportGen.Core.Indicators;
using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Spc.SpcData;

namespace ReportGen.Core.Tests.Spc;

/// <summary>
/// Means, moving ranges and limits, with the worked examples of NHSRplotthedots' own tests and vignettes reproduced
/// to the digits they print.
/// </summary>
public sealed class SpcLimitsTests
{
    /// <summary>
    /// <c>set.seed(123); rnorm(20)</c>, the data of the package's test-ptd_spc_standard.R and test-ptd_spc.R, as R prints
    /// them (8 decimals, so our figures agree with the package's to about 1e-8).
    /// </summary>
    private static readonly decimal[] Rnorm20 =
    [
        -0.56047565m, -0.23017749m, 1.55870831m, 0.07050839m, 0.12928774m, 1.71506499m, 0.46091621m, -1.26506123m,
        -0.68685285m, -0.44566197m, 1.22408180m, 0.35981383m, 0.40077145m, 0.11068272m, -0.55584113m, 1.78691314m,
        0.49785048m, -1.96661716m, 0.70135590m, -0.47279140m,
    ];

    /// <summary>The deviations vignette: a 10 among 1s and 2s.</summary>
    private static readonly decimal[] OneOutlier = [1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1];

    // The package's snapshots (_snaps/ptd_spc_standard.md, _snaps/ptd_spc.md) print these to 7 significant digits.
    [TestCase(false, true, 0.1416238, -3.01138, 3.294627, TestName = "rnorm(20): the package's snapshot r1")]
    [TestCase(true, true, 0.6694159, -2.383666, 3.722497, TestName = "rnorm(20) with y[15] = 10, screened: snapshot r2")]
    [TestCase(true, false, 0.6694159, -4.596625, 5.935457, TestName = "rnorm(20) with y[15] = 10, not screened: snapshot r3")]
    public void The_package_s_snapshot_limits_are_reproduced(bool outlier, bool screen, double mean, double lower, double upper)
    {
        var values = Rnorm20.ToArray();
        if (outlier)
        {
            values[14] = 10;
        }

        var result = SpcAnalysis.Analyse(Series(values), SpcSettings.Default with { ScreenOutliers = screen });
        Assert.That(result.Mean, Is.EqualTo((decimal)mean).Within(0.0000005m));
        Assert.That(result.LowerLimit, Is.EqualTo((decimal)lower).Within(0.000005m));
        Assert.That(result.UpperLimit, Is.EqualTo((decimal)upper).Within(0.0000005m));
    }

    [Test]
    public void The_package_s_rnorm_example_is_all_common_cause_and_inconsistent_against_half()
    {
        // _snaps/ptd_spc.md: n 20, common_cause 20; summary with target 0.5 (increase) between -3.01 and 3.29.
        var result = SpcAnalysis.Analyse(Series(Rnorm20), SpcSettings.Default with { Target = 0.5m });
        Assert.That(result.Points.Select(point => point.Variation), Is.All.EqualTo(SpcVariation.CommonCause));
        Assert.That(result.Variation, Is.EqualTo(SpcVariation.CommonCause));
        Assert.That(result.Assurance, Is.EqualTo(SpcAssurance.Inconsistent));
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void A_rebase_gives_each_segment_its_own_mean_and_limits_as_the_package_s_facets_do()
    {
        // _snaps/ptd_spc.md, facets rep(c(0, 1), each = 10): 0.0746 [-2.60, 2.75] and 0.209 [-3.28, 3.70]. A rebase
        // at the 11th point cuts the series the same way (both are groups in ptd_spc_standard).
        var result = SpcAnalysis.Analyse(Series(Rnorm20), SpcSettings.Default with { Rebase = [Month(10)] });
        var first = result.Points[0].Limits;
        var second = result.Points[^1].Limits;
        Assert.That(decimal.Round(first.Mean, 4), Is.EqualTo(0.0746m));
        Assert.That(decimal.Round(first.LowerLimit, 2), Is.EqualTo(-2.60m));
        Assert.That(decimal.Round(first.UpperLimit, 2), Is.EqualTo(2.75m));
        Assert.That(decimal.Round(second.Mean, 3), Is.EqualTo(0.209m));
        Assert.That(decimal.Round(second.LowerLimit, 2), Is.EqualTo(-3.28m));
        Assert.That(decimal.Round(second.UpperLimit, 2), Is.EqualTo(3.70m));
        Assert.That(result.Mean, Is.EqualTo(second.Mean));
        Assert.That(result.Points.Select(point => point.Segment), Is.EqualTo(Enumerable.Repeat(0, 10).Concat(Enumerable.Repeat(1, 10))));
    }

    [Test]
    public void A_rebase_at_the_first_point_changes_nothing()
    {
        // _snaps/ptd_spc.md: rebase '2020-01-01' (the first date) prints the same summary as no rebase.
        var plain = SpcAnalysis.Analyse(Series(Rnorm20), SpcSettings.Default);
        var rebased = SpcAnalysis.Analyse(Series(Rnorm20), SpcSettings.Default with { Rebase = [Month(0)] });
        Assert.That(rebased.Points, Is.EqualTo(plain.Points));
        Assert.That(rebased.Warnings, Is.Empty);
    }

    [Test]
    public void Screening_drops_the_outlying_moving_ranges_before_the_limits()
    {
        // The deviations vignette: mean 35 / 18 = 1.9444. Moving ranges 1, 1, 1, 8, 9 and twelve 1s: 32 / 17 = 1.8824.
        // Screened: 8 and 9 are at least 3.267 × 1.8824 = 6.1496, so the mean moving range is 15 / 15 = 1 and the
        // limits 1.9444 ± 2.66 = [-0.7156, 4.6044] ("UPL = 4.6, Mean = 1.94, LPL = -0.72").
        var result = SpcAnalysis.Analyse(Series(OneOutlier), SpcSettings.Default);
        Assert.That(result.Points[0].Limits.MeanMovingRange, Is.EqualTo(1m));
        Assert.That(decimal.Round(result.UpperLimit, 2), Is.EqualTo(4.60m));
        Assert.That(decimal.Round(result.Mean, 2), Is.EqualTo(1.94m));
        Assert.That(decimal.Round(result.LowerLimit, 2), Is.EqualTo(-0.72m));
        Assert.That(Rules(result), Is.EqualTo("....O............."));
        Assert.That(result.Points[4].Variation, Is.EqualTo(SpcVariation.Improvement));
    }

    [Test]
    public void Without_screening_the_limits_match_the_Excel_tool()
    {
        // The same data with screen_outliers = FALSE: 1.9444 ± 2.66 × 32 / 17 = [-3.0626, 6.9515]
        // ("UPL = 6.95, Mean = 1.94, LPL = -3.06"); the 10 is still beyond them.
        var result = SpcAnalysis.Analyse(Series(OneOutlier), SpcSettings.Default with { ScreenOutliers = false });
        Assert.That(decimal.Round(result.UpperLimit, 2), Is.EqualTo(6.95m));
        Assert.That(decimal.Round(result.LowerLimit, 2), Is.EqualTo(-3.06m));
        Assert.That(Rules(result), Is.EqualTo("....O............."));
    }

    [Test]
    public void A_moving_range_exactly_at_the_screening_cut_is_dropped()
    {
        // Moving ranges 3267, 244, 244, 245: mean 4000 / 4 = 1000, cut 3.267 × 1000 = 3267. The package keeps only
        // mr < cut, so 3267 goes and the mean moving range is 733 / 3.
        var result = SpcAnalysis.Analyse(Series(0, 3267, 3023, 3267, 3022), SpcSettings.Default);
        Assert.That(result.Points[0].Limits.MeanMovingRange, Is.EqualTo(733m / 3m));
    }

    [Test]
    public void Fix_after_takes_the_mean_and_moving_ranges_of_the_first_points_only()
    {
        // Twelve points alternating 52 and 50 (mean 51, moving ranges 2), then six at 60 and 62. Fixed after 12:
        // 51 ± 5.32, so every later point is outside. Not fixed: mean (612 + 366) / 18 = 54.333…, moving ranges
        // eleven 2s, a 10 and five 2s: 42 / 17 = 2.47; the 10 is at least 3.267 × 2.47 = 8.07, so screened out,
        // leaving 2 and limits 54.333 ± 5.32 = [49.01, 59.65]: the 60s and 62s are still beyond.
        decimal[] values = [.. Baseline, 60, 62, 60, 62, 60, 62];
        var fixedResult = SpcAnalysis.Analyse(Series(values), FixedOnBaseline);
        var open = SpcAnalysis.Analyse(Series(values), SpcSettings.Default);
        Assert.That(fixedResult.Mean, Is.EqualTo(51m));
        Assert.That(fixedResult.UpperLimit, Is.EqualTo(56.32m));
        Assert.That(fixedResult.Points[0].Limits.BasisPoints, Is.EqualTo(12));
        Assert.That(Rules(fixedResult), Is.EqualTo("............OOOOOO"));
        Assert.That(open.Mean, Is.EqualTo(978m / 18m));
        Assert.That(open.Points[0].Limits.MeanMovingRange, Is.EqualTo(2m));
        Assert.That(open.Points[0].Limits.BasisPoints, Is.EqualTo(18));
    }

    [Test]
    public void Fix_after_counts_from_the_start_of_each_segment()
    {
        // Segments of 14 and 12 points: limits from the first 12 of each, so the second segment's 72/70 get 71 ± 5.32.
        decimal[] values = [.. Baseline, 52, 50, 72, 70, 72, 70, 72, 70, 72, 70, 72, 70, 72, 70];
        var result = SpcAnalysis.Analyse(Series(values), FixedOnBaseline with { Rebase = [Month(14)] });
        Assert.That(result.Points[13].Limits.Mean, Is.EqualTo(51m));
        Assert.That(result.Mean, Is.EqualTo(71m));
        Assert.That(result.UpperLimit, Is.EqualTo(76.32m));
        Assert.That(result.LowerLimit, Is.EqualTo(65.68m));
        Assert.That(Rules(result), Is.EqualTo(new string('.', 26)));
    }

    [Test]
    public void The_near_limits_are_two_thirds_of_the_way_out()
    {
        // ptd_spc_standard: limitclose = 2 * (2.66 / 3) = 1.77333…, unrounded (not 1.7733); the mean moving range
        // here is 2, so the near limits are 51 ± 3.54666… (to decimal's 28 digits).
        var limits = AfterBaseline(null).Points[0].Limits;
        var tiny = 0.000_000_000_000_000_000_001m;
        Assert.That(limits.UpperNearLimit - limits.Mean, Is.EqualTo(2m * (2m * (2.66m / 3m))).Within(tiny));
        Assert.That(limits.Mean - limits.LowerNearLimit, Is.EqualTo(2m * (2m * (2.66m / 3m))).Within(tiny));
        Assert.That(limits.UpperNearLimit, Is.GreaterThan(51m + (2m * 1.7733m)));
    }

    [Test]
    public void A_flat_series_has_its_limits_on_the_mean_and_no_signal()
    {
        // Every moving range is 0, so screening leaves none (the package's NaN limits); here the limits are the
        // mean and no point lies strictly beyond them or on either side of the mean.
        var result = SpcAnalysis.Analyse(Series(7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7), SpcSettings.Default);
        Assert.That((result.LowerLimit, result.Mean, result.UpperLimit), Is.EqualTo((7m, 7m, 7m)));
        Assert.That(Rules(result), Is.EqualTo(new string('.', 13)));
    }

    [Test]
    public void A_single_point_is_its_own_mean()
    {
        var result = SpcAnalysis.Analyse(Series(42), SpcSettings.Default);
        Assert.That((result.LowerLimit, result.Mean, result.UpperLimit), Is.EqualTo((42m, 42m, 42m)));
        Assert.That(result.Variation, Is.EqualTo(SpcVariation.CommonCause));
    }

    [Test]
    public void An_empty_series_is_a_mistake_of_the_caller()
    {
        Assert.That(() => SpcAnalysis.Analyse([], SpcSettings.Default), Throws.ArgumentException);
    }
}
