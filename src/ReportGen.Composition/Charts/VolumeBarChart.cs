using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Charts;

/// <summary>
/// <c>kind: bars</c>: the indicator's figures for the last <see cref="ChartTemplate.Periods"/> periods up to the
/// reported one, as dark blue bars from zero, each labelled with its figure when there are few enough to label.
/// </summary>
internal static class VolumeBarChart
{
    /// <summary>Up to this many bars carry their figure above them.</summary>
    public const int MaxLabelledBars = 13;

    /// <summary>The chart, or <see langword="null"/> with the reason in <paramref name="why"/>.</summary>
    public static Chart? Build(IndicatorResult result, ChartTemplate template, string? title, out string? why)
    {
        var definition = result.Definition;
        var points = result.Series.TakeLast(template.Periods).ToList();
        if (points.All(p => p.Figure.Value is null))
        {
            why = "it has no figures to chart";
            return null;
        }

        var kind = points[0].Period.Kind;
        var values = points.Select(p => AxisFormat.ToDouble(p.Figure.Value)).ToList();
        var known = points.Select(p => p.Figure.Value).OfType<decimal>().ToList();
        var scale = NiceScale.For(known.Min(), known.Max(), fromZero: true, definition.Unit == Unit.Count, definition.Unit == Unit.Percent ? 100m : null);
        var span = $"{PeriodLabels.Long(points[0].Period)} to {PeriodLabels.Long(points[^1].Period)}";
        var series = new ChartSeries(definition.Title, values, ChartPalette.DarkBlue)
        {
            ValueLabels = points.Count <= MaxLabelledBars ? [.. points.Select(p => p.Figure.Value is { } v ? Display.Figure(definition, v) : p.Figure.Suppressed ? Core.Disclosure.Confidential.Symbol : string.Empty)] : null,
        };
        why = null;
        return new Chart(
            ChartKind.Bar,
            title ?? $"{definition.Title} by {PeriodLabels.Noun(kind)}, {PeriodLabels.Short(points[0].Period)} to {PeriodLabels.Short(points[^1].Period)}",
            AltText(definition, points, kind, span),
            points.Select(p => Label(p.Period, points)).ToList(),
            AxisFormat.Axis(scale, definition.Unit, template.AxisTitle ?? AxisFormat.DefaultTitle(definition.Unit)),
            [series],
            template.Size)
        {
            Legend = LegendPosition.None,
        };
    }

    // Within one financial year the months need no year; across two they do.
    private static string Label(Period period, IReadOnlyList<SeriesPoint> points) =>
        points.All(p => p.Period.Year == points[0].Period.Year) ? PeriodLabels.WithinYear(period) : PeriodLabels.Short(period);

    private static string AltText(IndicatorDefinition definition, IReadOnlyList<SeriesPoint> points, PeriodKind kind, string span)
    {
        var latest = points.Last(p => p.Figure.Value is not null);
        var extremes = ChartWords.HighestAndLowest(points, definition);
        return $"Bar chart of {PeriodLabels.Adjective(kind).ToLowerInvariant()} {PeriodLabels.InSentence(definition.Title)}, {span}: "
            + (extremes.Length > 0 ? extremes + "; " : string.Empty)
            + $"latest {PeriodLabels.Long(latest.Period)} ({Display.Figure(definition, latest.Figure.Value)}).";
    }
}
