using ReportGen.Core.Indicators;

namespace ReportGen.Core.Spc;

/// <summary>
/// Finds the runs that raise a <see cref="SpcWorseningAlert"/> in one segment: a point is a worsening move when it
/// moved strictly in the worse direction from the point before it (in the same segment) and lies strictly beyond
/// the alert's line on the worse side; a run of at least <see cref="SpcWorseningAlert.Moves"/> such points in a row
/// flags them all. An equal value, a better move or a point back on the good side of the line ends a run.
/// </summary>
internal static class SpcWorsening
{
    /// <summary>Which of a segment's <paramref name="values"/> are part of an alert run.</summary>
    /// <param name="values">The segment's values, in order.</param>
    /// <param name="limits">The segment's limits.</param>
    /// <param name="alert">The rule.</param>
    /// <param name="worse">1 when higher is worse, −1 when lower is worse.</param>
    public static bool[] Find(IReadOnlyList<decimal> values, SpcLimits limits, SpcWorseningAlert alert, int worse)
    {
        var line = alert.Beyond switch
        {
            SpcLevel.Mean => limits.Mean,
            SpcLevel.NearLimit => worse > 0 ? limits.UpperNearLimit : limits.LowerNearLimit,
            _ => worse > 0 ? limits.UpperLimit : limits.LowerLimit,
        };
        var flagged = new bool[values.Count];
        var run = 0;
        for (var i = 1; i < values.Count; i++)
        {
            var worsening = Math.Sign(values[i] - values[i - 1]) == worse && Math.Sign(values[i] - line) == worse;
            run = worsening ? run + 1 : 0;
            if (run >= alert.Moves)
            {
                for (var k = i - run + 1; k <= i; k++)
                {
                    flagged[k] = true;
                }
            }
        }

        return flagged;
    }
}
