namespace ReportGen.Core.Disclosure;

/// <summary>
/// One figure a pack may show (or one it never shows but that totals imply, such as the groups a breakdown leaves
/// out), as disclosure control sees it: where it is and the counts it is made of.
/// </summary>
/// <param name="Index">Its place in the table, which also breaks ties when complements are chosen.</param>
/// <param name="Indicator">The indicator's id.</param>
/// <param name="Slot">Which of the indicator's figures: <c>figure:Ytd</c>, <c>series:2016-10</c>, <c>group:Asian:Period</c>.</param>
/// <param name="Weights">The counts: the value of a count, or a rate's numerator and denominator.</param>
/// <param name="Printed">Whether any output shows it; the remainder of a total is implied, never printed.</param>
/// <param name="Primary">Whether it is a small count, suppressed for itself.</param>
/// <param name="Protect">Whether it must not be worked out from what is shown: a small count, or a restricted figure.</param>
/// <param name="Cost">
/// What hiding it costs readers: 0 for a month or a breakdown group, 1 for another span (the previous quarter, the
/// rolling year, a running figure), 2 for the figures a pack's table shows (the period, the year to date and last
/// year's); one more for a total's.
/// </param>
internal sealed record Cell(int Index, string Indicator, string Slot, decimal[] Weights, bool Printed, bool Primary, bool Protect, int Cost = 0)
{
    /// <summary>Whether every count is 0.</summary>
    public bool IsZero => Weights.All(w => w == 0m);
}
