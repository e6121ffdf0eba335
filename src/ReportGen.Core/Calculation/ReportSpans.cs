using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>The months each <see cref="Figure"/> covers for a reported period, and how warnings name it.</summary>
internal static class ReportSpans
{
    /// <summary>The months <paramref name="figure"/> covers when <paramref name="period"/> is reported.</summary>
    public static MonthSpan SpanOf(Figure figure, Period period) => figure switch
    {
        Figure.Period => period.Span,
        Figure.PreviousPeriod => period.Previous.Span,
        Figure.SamePeriodLastYear => period.SamePeriodLastYear.Span,
        Figure.Ytd => period.YearToDate,
        Figure.YtdLastYear => period.SamePeriodLastYear.YearToDate,
        _ => period.Previous.YearToDate,
    };

    /// <summary>The figure's name in warnings: <c>2016/17 Q2</c>, <c>year-to-date to 2016/17 Q3</c>.</summary>
    public static string LabelOf(Figure figure, Period period) => figure switch
    {
        Figure.Period => period.ToString(),
        Figure.PreviousPeriod => period.Previous.ToString(),
        Figure.SamePeriodLastYear => period.SamePeriodLastYear.ToString(),
        Figure.Ytd => $"year-to-date to {period}",
        Figure.YtdLastYear => $"year-to-date to {period.SamePeriodLastYear}",
        _ => $"year-to-date to {period.Previous}",
    };
}
