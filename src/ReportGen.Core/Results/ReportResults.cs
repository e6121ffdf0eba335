using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Results;

/// <summary>The worked-out figures of every indicator of a report for one period.</summary>
/// <param name="Period">The reported period (a quarter or a month).</param>
/// <param name="Indicators">One result per indicator, in definition order.</param>
/// <param name="Summary">The count of each rating.</param>
/// <param name="Warnings">What the calculation noticed and the user should know (a month of data missing, say).</param>
public sealed record ReportResults(
    Period Period,
    IReadOnlyList<IndicatorResult> Indicators,
    RagSummary Summary,
    IReadOnlyList<Problem> Warnings)
{
    /// <summary>The count of each short- and long-term direction of travel, of the indicators <see cref="Summary"/> counts.</summary>
    public DotSummary DotSummary => DotSummary.For(Indicators);
}
