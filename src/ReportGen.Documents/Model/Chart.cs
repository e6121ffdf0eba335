namespace ReportGen.Documents.Model;

/// <summary>
/// A chart, described completely so that every renderer draws the same thing: the categories along the bottom,
/// the value axis with its scale and tick labels already decided, the series with their colours, dashes and
/// markers, reference lines, highlighted points, the legend and the size. Renderers decide only where things go.
/// </summary>
/// <remarks>
/// A chart without alternative text cannot be made: <see cref="AltText"/> is what a screen reader says instead of
/// the picture (PDF <c>/Alt</c> on the Figure, Word's description of the drawing), so it must say what the chart
/// shows in words.
/// </remarks>
public sealed record Chart : Block
{
    private readonly string _altText;
    private readonly IReadOnlyList<ChartSeries> _series;

    /// <summary>A chart of <paramref name="series"/> over <paramref name="categories"/>.</summary>
    /// <param name="kind">Lines, bars or an SPC chart.</param>
    /// <param name="title">The title drawn above the plot; may be empty.</param>
    /// <param name="altText">What the chart shows, in words; required.</param>
    /// <param name="categories">The labels along the category axis, one per point.</param>
    /// <param name="valueAxis">The value axis's scale, tick labels and title.</param>
    /// <param name="series">The series; each has one value (or gap) per category.</param>
    /// <param name="size">How wide (a share of the text width) and tall the chart is.</param>
    /// <exception cref="ArgumentException">The alternative text is blank, or a series does not have one value per category.</exception>
    public Chart(
        ChartKind kind,
        string title,
        string altText,
        IReadOnlyList<string> categories,
        ValueAxis valueAxis,
        IReadOnlyList<ChartSeries> series,
        ChartSize size)
    {
        Kind = kind;
        Title = title;
        _altText = RequireAltText(altText);
        Categories = categories;
        ValueAxis = valueAxis;
        _series = RequireSeries(series, categories.Count);
        Size = size;
    }

    /// <summary>Lines, bars or an SPC chart.</summary>
    public ChartKind Kind { get; init; }

    /// <summary>The title drawn above the plot; may be empty.</summary>
    public string Title { get; init; }

    /// <summary>What the chart shows, in words: never blank.</summary>
    public string AltText
    {
        get => _altText;
        init => _altText = RequireAltText(value);
    }

    /// <summary>The labels along the category axis, one per point (<c>Apr</c>, <c>May</c>…).</summary>
    public IReadOnlyList<string> Categories { get; init; }

    /// <summary>The value axis: scale, tick labels and title.</summary>
    public ValueAxis ValueAxis { get; init; }

    /// <summary>The series, drawn in order (the first at the back).</summary>
    public IReadOnlyList<ChartSeries> Series
    {
        get => _series;
        init => _series = RequireSeries(value, Categories.Count);
    }

    /// <summary>Horizontal lines across the plot: a target, an SPC chart's mean and limits.</summary>
    public IReadOnlyList<ReferenceLine> ReferenceLines { get; init; } = [];

    /// <summary>Points of a series drawn with their own marker (SPC special-cause points), drawn over everything else.</summary>
    public IReadOnlyList<ChartHighlight> Highlights { get; init; } = [];

    /// <summary>Where the legend goes, if anywhere.</summary>
    public LegendPosition Legend { get; init; } = LegendPosition.Bottom;

    /// <summary>The chart's width (a share of the text width) and height.</summary>
    public ChartSize Size { get; init; }

    /// <summary>
    /// What the legend lists, in order: every series, then each reference line's legend label once (in the order the lines
    /// come), then each highlight. Every renderer's legend shows exactly these.
    /// </summary>
    public IReadOnlyList<LegendEntry> LegendEntries()
    {
        if (Legend == LegendPosition.None)
        {
            return [];
        }

        var entries = new List<LegendEntry>();
        entries.AddRange(Series.Select(s => new LegendEntry(
            s.Name, s.Color, Kind == ChartKind.Bar ? LegendSymbol.Bar : LegendSymbol.Line, s.Dash, s.Marker)));
        foreach (var line in ReferenceLines.Where(l => l.InLegend))
        {
            if (entries.All(e => e.Label != line.LegendLabel))
            {
                entries.Add(new LegendEntry(line.LegendLabel, line.Color, LegendSymbol.Line, line.Dash, MarkerShape.None));
            }
        }

        entries.AddRange(Highlights.Select(h => new LegendEntry(h.Label, h.Color, LegendSymbol.Marker, LineDash.Solid, h.Shape)));
        return entries;
    }

    private static string RequireAltText(string altText) =>
        string.IsNullOrWhiteSpace(altText)
            ? throw new ArgumentException("A chart needs alternative text that says what it shows.", nameof(altText))
            : altText;

    private static IReadOnlyList<ChartSeries> RequireSeries(IReadOnlyList<ChartSeries> series, int categories)
    {
        if (series.FirstOrDefault(s => s.Values.Count != categories) is { } wrong)
        {
            throw new ArgumentException(
                $"The series '{wrong.Name}' has {wrong.Values.Count} values for {categories} categories.", nameof(series));
        }

        return series;
    }
}

/// <summary>What kind of chart a <see cref="Chart"/> is.</summary>
public enum ChartKind
{
    /// <summary>Lines joining each series' points (this year against last year by month).</summary>
    Line,

    /// <summary>Vertical bars, one group per category (volumes, RAG counts).</summary>
    Bar,

    /// <summary>A statistical process control (XmR) chart: a line with its mean, process limits and special-cause points.</summary>
    Spc,
}

/// <summary>Where a chart's legend goes.</summary>
public enum LegendPosition
{
    /// <summary>No legend (a single series the title names, or bars whose categories say everything).</summary>
    None,

    /// <summary>Below the plot.</summary>
    Bottom,
}
