using ReportGen.Core.Data;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>A series aggregated over a span, with the reason when the figure is blank.</summary>
/// <param name="Aggregate">The figure (and a ratio's parts).</param>
/// <param name="Reason">Why the figure is blank, if it is.</param>
/// <param name="Missing">For <see cref="BlankReason.Missing"/>: the periods without data, in time order.</param>
internal sealed record SpanFigure(Aggregate Aggregate, BlankReason Reason, IReadOnlyList<Period> Missing)
{
    /// <summary>The figure of a series with no data at all: blank, and warned about once for the indicator, not per span.</summary>
    public static SpanFigure NoSeries { get; } = new(Aggregate.None, BlankReason.None, []);

    /// <summary>The figure's value, if any.</summary>
    public decimal? Value => Aggregate.Value;

    /// <summary>A figure that could be had.</summary>
    public static SpanFigure Of(Aggregate aggregate) => new(aggregate, BlankReason.None, []);

    /// <summary>A blank figure for <paramref name="reason"/>.</summary>
    public static SpanFigure Blank(BlankReason reason, IReadOnlyList<Period>? missing = null) =>
        new(Aggregate.None, reason, missing ?? []);
}
