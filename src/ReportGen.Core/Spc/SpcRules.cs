namespace ReportGen.Core.Spc;

/// <summary>
/// The Making Data Count rules over one segment, mirroring NHSRplotthedots' <c>ptd_calculate_point_type.R</c>
/// (<c>ptd_special_cause_type</c> and its helpers), with the run lengths as settings instead of the fixed 7.
/// Runs never cross segments: the package groups by rebase group before applying them.
/// </summary>
internal static class SpcRules
{
    /// <summary>The signal of each of a segment's <paramref name="values"/>, in order.</summary>
    public static IReadOnlyList<SpcSignal> Find(IReadOnlyList<decimal> values, SpcLimits limits, int trendLength, int shiftLength)
    {
        var n = values.Count;
        var side = values.Select(value => Math.Sign(value - limits.Mean)).ToArray();

        // ptd_spc_standard: outside is strict; close_to_limits is beyond a near limit but not outside.
        var outside = values.Select(value => value > limits.UpperLimit || value < limits.LowerLimit).ToArray();
        var close = values
            .Select((value, i) => !outside[i] && (value < limits.LowerNearLimit || value > limits.UpperNearLimit))
            .ToArray();
        var inTrend = PartOfRun(TrendEnds(values, trendLength), trendLength);
        var inTwoInThree = TwoInThree(close, side);
        var inShift = PartOfRun(ShiftEnds(side, shiftLength), shiftLength);

        var signals = new SpcSignal[n];
        for (var i = 0; i < n; i++)
        {
            // case_when order in ptd_special_cause_type: outside, trend, two in three, shift.
            signals[i] =
                outside[i] ? new SpcSignal(SpcRule.OutsideLimits, side[i] == 1 ? 1 : -1)
                : inTrend[i] ? new SpcSignal(SpcRule.Trend, TrendDirection(values, inTrend, i))
                : inTwoInThree[i] ? new SpcSignal(SpcRule.TwoInThree, side[i] > 0 ? 1 : -1)
                : inShift[i] ? new SpcSignal(SpcRule.Shift, side[i] > 0 ? 1 : -1)
                : SpcSignal.None;
        }

        return signals;
    }

    /// <summary>
    /// ptd_seven_point_trend: a point ends a trend when it and the <paramref name="length"/> − 1 points before it each
    /// strictly rise (1) or each strictly fall (−1); an equal neighbour (a zero difference) breaks it.
    /// </summary>
    internal static int[] TrendEnds(IReadOnlyList<decimal> values, int length)
    {
        var ends = new int[values.Count];
        for (var i = length - 1; i < values.Count; i++)
        {
            var signs = Enumerable.Range(i - length + 2, length - 1).Select(k => Math.Sign(values[k] - values[k - 1])).ToList();
            ends[i] = signs.All(sign => sign == 1) ? 1 : signs.All(sign => sign == -1) ? -1 : 0;
        }

        return ends;
    }

    /// <summary>
    /// ptd_seven_point_one_side_mean: a point ends a shift when it and the <paramref name="length"/> − 1 points before
    /// it are on the same side of the mean; a point on the mean (side 0) is on neither side and breaks the run.
    /// </summary>
    internal static int[] ShiftEnds(IReadOnlyList<int> side, int length)
    {
        var ends = new int[side.Count];
        for (var i = length - 1; i < side.Count; i++)
        {
            var same = side[i] != 0 && Enumerable.Range(i - length + 1, length).All(k => side[k] == side[i]);
            ends[i] = same ? 1 : 0;
        }

        return ends;
    }

    /// <summary>ptd_part_of_seven_trend: a point is part of a run when a run ends at it or at one of the next <paramref name="length"/> − 1 points.</summary>
    internal static bool[] PartOfRun(IReadOnlyList<int> ends, int length) =>
        [.. Enumerable.Range(0, ends.Count).Select(i => Enumerable.Range(i, length).Any(k => k < ends.Count && ends[k] != 0))];

    /// <summary>
    /// ptd_two_in_three and ptd_part_of_two_in_three: a point is flagged when it is itself close to the limits and
    /// lies in a window of three consecutive points (all inside the segment) of which at least two are close to the
    /// limits and all three are on the same side of the mean (the fix for the package's issue #143).
    /// </summary>
    internal static bool[] TwoInThree(IReadOnlyList<bool> close, IReadOnlyList<int> side)
    {
        var n = close.Count;
        var flagged = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (!close[i])
            {
                continue;
            }

            for (var start = i - 2; start <= i; start++)
            {
                if (start < 0 || start + 2 >= n)
                {
                    continue; // the package pads with zeros: a window that runs off the segment never qualifies
                }

                var closeCount = Enumerable.Range(start, 3).Count(k => close[k]);
                var sideSum = Enumerable.Range(start, 3).Sum(k => side[k]);
                if (closeCount >= 2 && Math.Abs(sideSum) == 3)
                {
                    flagged[i] = true;
                }
            }
        }

        return flagged;
    }

    /// <summary>
    /// The direction of a trend point as ptd_special_cause_type works it out: towards the next point when that is also
    /// part of a trend, else from the previous point. Only a rise counts as increasing: the package labels a zero
    /// difference (two trends meeting at equal values) "Decreasing", and so does this.
    /// </summary>
    private static int TrendDirection(IReadOnlyList<decimal> values, bool[] inTrend, int i)
    {
        var sign = i + 1 < values.Count && inTrend[i + 1]
            ? Math.Sign(values[i + 1] - values[i])
            : i > 0 ? Math.Sign(values[i] - values[i - 1]) : 0;
        return sign == 1 ? 1 : -1;
    }
}
