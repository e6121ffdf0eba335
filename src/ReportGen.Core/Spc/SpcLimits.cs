using ReportGen.Core.Indicators;

namespace ReportGen.Core.Spc;

/// <summary>The centre line and limits of one segment of an XmR chart. Unrounded decimals.</summary>
/// <param name="Mean">The mean of the points the limits rest on.</param>
/// <param name="MeanMovingRange">The mean moving range (after screening, when screened).</param>
/// <param name="UpperLimit">Mean + 2.66 × mean moving range (three sigma).</param>
/// <param name="LowerLimit">Mean − 2.66 × mean moving range.</param>
/// <param name="UpperNearLimit">Mean + 2 × 2.66 ÷ 3 × mean moving range (two sigma).</param>
/// <param name="LowerNearLimit">Mean − 2 × 2.66 ÷ 3 × mean moving range.</param>
/// <param name="BasisPoints">How many points the limits rest on (all of the segment's, or the first <see cref="SpcSettings.FixAfter"/>).</param>
public sealed record SpcLimits(
    decimal Mean,
    decimal MeanMovingRange,
    decimal UpperLimit,
    decimal LowerLimit,
    decimal UpperNearLimit,
    decimal LowerNearLimit,
    int BasisPoints)
{
    /// <summary>The XmR constant: 3 ÷ d2 with d2 = 1.128 for moving ranges of two points.</summary>
    public const decimal LimitFactor = 2.66m;

    /// <summary>Moving ranges of at least this many mean moving ranges are screened out (Nelson 1982).</summary>
    public const decimal OutlierFactor = 3.267m;

    // ptd_spc_standard: limitclose <- 2 * (limit / 3), kept unrounded (1.77333…), not the 1.7733 often quoted.
    private static readonly decimal NearFactor = 2m * (LimitFactor / 3m);

    /// <summary>
    /// The limits of a segment's <paramref name="values"/>, mirroring NHSRplotthedots' <c>ptd_spc_standard</c>: the mean
    /// and the moving ranges of the first <paramref name="fixAfter"/> points (all when <see langword="null"/>); with
    /// <paramref name="screenOutliers"/>, moving ranges not below 3.267 × their mean are dropped and the mean taken again.
    /// </summary>
    internal static SpcLimits Of(IReadOnlyList<decimal> values, int? fixAfter, bool screenOutliers)
    {
        var basis = values.Take(fixAfter ?? values.Count).ToList();
        var mean = basis.Sum() / basis.Count;
        var ranges = basis.Skip(1).Select((value, i) => Math.Abs(value - basis[i])).ToList();
        var meanRange = MeanOf(ranges);
        if (screenOutliers)
        {
            // The package keeps mr < 3.267 × amr: a range exactly at the cut is dropped. When every range is 0 the
            // package's mean of nothing is NaN (no limits); here the limits collapse onto the mean instead.
            var cut = OutlierFactor * meanRange;
            meanRange = MeanOf([.. ranges.Where(range => range < cut)]);
        }

        return new SpcLimits(
            mean,
            meanRange,
            mean + (LimitFactor * meanRange),
            mean - (LimitFactor * meanRange),
            mean + (NearFactor * meanRange),
            mean - (NearFactor * meanRange),
            basis.Count);
    }

    private static decimal MeanOf(IReadOnlyCollection<decimal> ranges) => ranges.Count == 0 ? 0m : ranges.Sum() / ranges.Count;
}
