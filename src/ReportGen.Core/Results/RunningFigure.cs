using ReportGen.Core.Data;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Results;

/// <summary>
/// A figure over a run of an indicator's own periods that a pack's tables show beside its months: the year to date at
/// the end of each month (or quarter) of this year and last, and for a rate, each quarter and the cumulative figure
/// from <c>cumulative_from</c> to each quarter's end. Disclosure control treats each as a figure of the indicator
/// (docs/disclosure.md): one that would give a suppressed month away is suppressed too.
/// </summary>
/// <param name="Span">The months it covers.</param>
/// <param name="Figure">The figure, aggregated as every span is (docs/calculation.md).</param>
public sealed record RunningFigure(MonthSpan Span, Aggregate Figure);
