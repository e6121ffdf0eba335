using ReportGen.Core.Data;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Results;

/// <summary>One figure of an indicator's own series (a month, quarter or year), for charts and trend tables.</summary>
/// <param name="Period">The period the figure covers.</param>
/// <param name="Figure">The figure, in display units, with a rate's parts.</param>
public sealed record SeriesPoint(Period Period, Aggregate Figure);
