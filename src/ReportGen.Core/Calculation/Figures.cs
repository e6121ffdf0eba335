using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Calculation;

/// <summary>A series aggregated over every span a report needs (the period, the previous period, the year to date …).</summary>
internal sealed class Figures
{
    private readonly IReadOnlyDictionary<Figure, SpanFigure> _figures;

    private Figures(IReadOnlyDictionary<Figure, SpanFigure> figures) => _figures = figures;

    /// <summary>One figure.</summary>
    public SpanFigure this[Figure figure] => _figures[figure];

    /// <summary>Every figure, in <see cref="Figure"/> order.</summary>
    public IEnumerable<(Figure Figure, SpanFigure Value)> All =>
        Enum.GetValues<Figure>().Select(figure => (figure, _figures[figure]));

    /// <summary>Works out <paramref name="wanted"/> figures of <paramref name="series"/> for <paramref name="period"/>.</summary>
    public static Figures Of(Series series, Period period, Aggregation aggregation, Unit unit, IEnumerable<Figure>? wanted = null)
    {
        var startMonth = period.Year.StartMonth;
        var figures = new Dictionary<Figure, SpanFigure>();
        foreach (var figure in Enum.GetValues<Figure>())
        {
            figures[figure] = SpanFigure.NoSeries;
        }

        foreach (var figure in wanted ?? Enum.GetValues<Figure>())
        {
            var span = ReportSpans.SpanOf(figure, period);
            figures[figure] = SpanAggregator.Aggregate(series, span, aggregation, unit, startMonth);
        }

        return new Figures(figures);
    }
}
