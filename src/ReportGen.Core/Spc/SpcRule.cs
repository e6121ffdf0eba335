using ReportGen.Core.Indicators;

namespace ReportGen.Core.Spc;

/// <summary>The rule that flags a point as special cause, in priority order: the first that applies wins.</summary>
public enum SpcRule
{
    /// <summary>The point lies strictly beyond the upper or lower process limit (an "astronomical" point).</summary>
    OutsideLimits,

    /// <summary>The point is part of a run of <see cref="SpcSettings.TrendLength"/> points each strictly rising (or each strictly falling).</summary>
    Trend,

    /// <summary>
    /// The point lies beyond a near (two-sigma) limit, not beyond the process limit, and with one of its neighbours
    /// makes two of three points in a row beyond the near limits, all three on the same side of the mean.
    /// </summary>
    TwoInThree,

    /// <summary>The point is part of a run of <see cref="SpcSettings.ShiftLength"/> points on one side of the mean.</summary>
    Shift,
}
