using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Charts;

/// <summary>
/// <c>kind: spc</c>: an XmR chart as NHS England's Making Data Count draws one: the points in dark grey, the mean as a
/// solid turquoise line, the process limits dashed grey (near limits dotted, when asked for), a target as a long-dashed
/// dark pink line, and special-cause points marked by colour and shape together: improvement a blue circle, concern
/// an orange triangle, neither better nor worse a purple square. Each segment (after a rebase) has its own lines.
/// </summary>
internal static class SpcChart
{
    /// <summary>The chart, or <see langword="null"/> with the reason in <paramref name="why"/>.</summary>
    public static Chart? Build(IndicatorResult result, Period reported, ChartTemplate template, string? title, out string? why)
    {
        var definition = result.Definition;
        if (result.Spc is not { Points.Count: > 0 } spc)
        {
            why = "it has no SPC analysis; give its definition an spc: block (docs/spc.md)";
            return null;
        }

        var periods = spc.Points.Select(p => PeriodOf(p, result, reported)).ToList();
        var figure = (decimal value) => Display.Figure(definition, value);
        var lines = new List<ReferenceLine>();
        foreach (var segment in spc.Points.Select((p, i) => (p, i)).GroupBy(x => x.p.Segment))
        {
            var (first, last) = (segment.First().i, segment.Last().i);
            lines.AddRange(SegmentLines(segment.First().p.Limits, first, last, segment.Key == spc.Points[^1].Segment, template.NearLimits, figure));
        }

        if (definition.Spc?.Target is { } target)
        {
            lines.Add(new ReferenceLine(ReferenceLineKind.Target, "Target " + figure(target), (double)target, ChartPalette.DarkPink, LineDash.LongDash, 0, spc.Points.Count - 1)
            {
                LegendLabel = "Target",
            });
        }

        var values = spc.Points.Select(p => (double?)(double)p.Value).ToList();
        var drawn = spc.Points.Select(p => p.Value).Concat(lines.Select(l => (decimal)l.Value)).ToList();
        var scale = NiceScale.For(drawn.Min(), drawn.Max(), fromZero: false, definition.Unit == Unit.Count, definition.Unit == Unit.Percent ? 100m : null);
        var kind = periods[0].Kind;
        why = null;
        return new Chart(
            ChartKind.Spc,
            title ?? $"{definition.Title}: SPC chart, {PeriodLabels.Short(periods[0])} to {PeriodLabels.Short(periods[^1])}",
            SpcAltText.Of(result, spc, periods),
            periods.Select(PeriodLabels.Short).ToList(),
            AxisFormat.Axis(scale, definition.Unit, template.AxisTitle ?? AxisFormat.DefaultTitle(definition.Unit)),
            [new ChartSeries(PeriodLabels.Adjective(kind) + " figure", values, ChartPalette.DarkGrey, LineDash.Solid, MarkerShape.Circle)
            {
                LineWidth = 1.25,
                MarkerSize = 4,
            }],
            template.Size)
        {
            ReferenceLines = lines,
            Highlights = Highlights(spc),
        };
    }

    /// <summary>The special-cause points, one highlight per kind of variation, in a fixed order.</summary>
    internal static IReadOnlyList<ChartHighlight> Highlights(SpcResult spc)
    {
        var kinds = new (string Label, MarkerShape Shape, Rgb Color, SpcVariation[] Variations)[]
        {
            ("Special cause: improvement", MarkerShape.Circle, ChartPalette.DarkBlue, [SpcVariation.Improvement]),
            ("Special cause: concern", MarkerShape.Triangle, ChartPalette.Orange, [SpcVariation.Concern]),
            ("Special cause: neither better nor worse", MarkerShape.Square, ChartPalette.LightPurple, [SpcVariation.NeutralHigh, SpcVariation.NeutralLow]),
        };
        return [.. kinds
            .Select(k => new ChartHighlight(k.Label, k.Shape, k.Color, 0, [.. spc.Points.Select((p, i) => (p, i)).Where(x => k.Variations.Contains(x.p.Variation)).Select(x => x.i)]))
            .Where(h => h.Points.Count > 0)];
    }

    private static IEnumerable<ReferenceLine> SegmentLines(SpcLimits limits, int first, int last, bool latest, bool near, Func<decimal, string> figure)
    {
        yield return Line(ReferenceLineKind.Mean, "Mean " + figure(limits.Mean), "Mean", limits.Mean, ChartPalette.Turquoise, LineDash.Solid, 1.5);
        yield return Line(ReferenceLineKind.UpperLimit, "Upper limit " + figure(limits.UpperLimit), "Process limits", limits.UpperLimit, ChartPalette.DarkGrey, LineDash.Dash, 1);
        yield return Line(ReferenceLineKind.LowerLimit, "Lower limit " + figure(limits.LowerLimit), "Process limits", limits.LowerLimit, ChartPalette.DarkGrey, LineDash.Dash, 1);
        if (near)
        {
            yield return Line(ReferenceLineKind.UpperNearLimit, "Upper near limit", "Near limits (two sigma)", limits.UpperNearLimit, ChartPalette.DarkGrey, LineDash.Dot, 0.75) with { Labelled = false };
            yield return Line(ReferenceLineKind.LowerNearLimit, "Lower near limit", "Near limits (two sigma)", limits.LowerNearLimit, ChartPalette.DarkGrey, LineDash.Dot, 0.75) with { Labelled = false };
        }

        ReferenceLine Line(ReferenceLineKind kind, string label, string legend, decimal value, Rgb color, LineDash dash, double width) =>
            new(kind, label, (double)value, color, dash, first, last) { LegendLabel = legend, LineWidth = width, Labelled = latest };
    }

    // The analysis writes periods as the data do (2016-04); the indicator's own series has them as periods.
    private static Period PeriodOf(SpcPoint point, IndicatorResult result, Period reported)
    {
        if (result.Series.FirstOrDefault(s => s.Period.ToString() == point.Period) is { } match)
        {
            return match.Period;
        }

        return PeriodParser.TryParse(point.Period, reported.Year.StartMonth, out var period, out _)
            ? period
            : throw new InvalidOperationException($"The SPC point '{point.Period}' is not a period.");
    }
}
