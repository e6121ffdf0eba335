using System.Globalization;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Spc;

/// <summary>
/// XmR chart analysis as NHS England's "Making Data Count" does it, mirroring the R package NHSRplotthedots
/// (<c>ptd_spc</c>): limits per segment, the four special-cause rules, the variation of the last point and assurance
/// against a target. Pure and deterministic; decimals throughout (docs/spc.md).
/// </summary>
public static class SpcAnalysis
{
    /// <summary>Fewer points than this in a segment give trial limits (ptd_add_short_group_warnings' threshold).</summary>
    public const int TrialLimitPoints = 13;

    /// <summary>Analyses <paramref name="series"/>, which must be in time order with no period twice.</summary>
    /// <param name="series">The points, oldest first; at least one.</param>
    /// <param name="settings">The rules' settings.</param>
    /// <exception cref="ArgumentException">The series is empty.</exception>
    public static SpcResult Analyse(IReadOnlyList<(string Period, decimal Value)> series, SpcSettings settings)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(settings);
        if (series.Count == 0)
        {
            throw new ArgumentException("An SPC analysis needs at least one point.", nameof(series));
        }

        var warnings = new List<string>();
        var improvement = settings.Improvement ?? SpcImprovement.Higher;
        if (settings.WorseningAlert is not null && improvement == SpcImprovement.Neutral)
        {
            warnings.Add("the worsening alert needs to know which way is worse, so it is not checked; "
                + "set improvement to higher or lower");
        }

        var points = new List<SpcPoint>(series.Count);
        var starts = SegmentStarts(series, settings.Rebase, warnings);
        for (var segment = 0; segment < starts.Count; segment++)
        {
            var end = segment + 1 < starts.Count ? starts[segment + 1] : series.Count;
            var slice = series.Skip(starts[segment]).Take(end - starts[segment]).ToList();
            points.AddRange(AnalyseSegment(slice, segment, settings, improvement));
            WarnAboutTrialLimits(slice, starts.Count > 1, warnings);
        }

        var last = points[^1];
        return new SpcResult(
            last.Limits.Mean,
            last.Limits.UpperLimit,
            last.Limits.LowerLimit,
            last.Variation,
            SpcVerdict.Assurance(settings.Target, improvement, last.Limits),
            points,
            warnings)
        {
            Improvement = improvement,
            Alert = last.Alert,
        };
    }

    private static IEnumerable<SpcPoint> AnalyseSegment(
        List<(string Period, decimal Value)> slice, int segment, SpcSettings settings, SpcImprovement improvement)
    {
        var values = slice.Select(point => point.Value).ToList();
        var limits = SpcLimits.Of(values, settings.FixAfter, settings.ScreenOutliers);
        var signals = SpcRules.Find(values, limits, settings.TrendLength, settings.ShiftLength);
        var alerts = settings.WorseningAlert is { } alert && improvement != SpcImprovement.Neutral
            ? SpcWorsening.Find(values, limits, alert, -SpcVerdict.BetterSign(improvement))
            : new bool[values.Count];
        return slice.Select((point, i) => new SpcPoint(
            point.Period,
            point.Value,
            signals[i].Rule,
            SpcVerdict.Variation(signals[i], improvement),
            segment,
            limits,
            Math.Sign(point.Value - limits.Mean),
            alerts[i]));
    }

    /// <summary>
    /// The index of each segment's first point. As ptd_add_rebase_column, a rebase period starts a new segment at the
    /// point with that period; one on the first point changes nothing; one that matches no point is warned about here
    /// (the package ignores it silently).
    /// </summary>
    private static List<int> SegmentStarts(IReadOnlyList<(string Period, decimal Value)> series, IReadOnlyList<string> rebase, List<string> warnings)
    {
        var starts = new List<int> { 0 };
        var wanted = rebase.Select(text => text.Trim()).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 1; i < series.Count; i++)
        {
            if (wanted.Contains(series[i].Period, StringComparer.Ordinal))
            {
                starts.Add(i);
            }
        }

        foreach (var period in wanted.Where(period => !series.Any(point => string.Equals(point.Period, period, StringComparison.Ordinal))))
        {
            warnings.Add($"the SPC rebase at {period} matches no period of the series "
                + $"({series[0].Period} to {series[^1].Period}), so no new segment starts there; "
                + "write it as the data writes its periods (2016-04 for a month)");
        }

        return starts;
    }

    private static void WarnAboutTrialLimits(List<(string Period, decimal Value)> slice, bool segmented, List<string> warnings)
    {
        if (slice.Count >= TrialLimitPoints)
        {
            return;
        }

        var span = slice.Count == 1 ? slice[0].Period : $"{slice[0].Period} to {slice[^1].Period}";
        var points = slice.Count == 1 ? "1 point" : string.Create(CultureInfo.InvariantCulture, $"{slice.Count} points");
        var what = segmented ? $"the SPC limits of the segment {span}" : $"the SPC limits ({span})";
        warnings.Add($"{what} rest on {points}, fewer than the {TrialLimitPoints} Making Data Count asks for, so they are "
            + "trial limits: they will move as points are added, and signals against them are provisional");
    }
}
