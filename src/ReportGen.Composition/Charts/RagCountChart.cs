using ReportGen.Composition.Templates;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Charts;

/// <summary>
/// <c>kind: rag-counts</c>: one bar per rating (Red, Amber, Green, then Not rated when any are), in the theme's RAG
/// colours. The colour is never alone: each bar is named under it and labelled with its count.
/// </summary>
internal static class RagCountChart
{
    /// <summary>The chart of <paramref name="summary"/>, the counts of the indicators it covers, for <paramref name="period"/>.</summary>
    public static Chart Build(RagSummary summary, Period period, TemplateTheme theme, ChartTemplate template, string? title)
    {
        var bars = new List<(string Name, int Count, Rgb Color)>
        {
            ("Red", summary.Red, theme.Rag[Rag.Red].Fill),
            ("Amber", summary.Amber, theme.Rag[Rag.Amber].Fill),
            ("Green", summary.Green, theme.Rag[Rag.Green].Fill),
        };
        if (summary.None > 0)
        {
            bars.Add(("Not rated", summary.None, ChartPalette.NotRated));
        }

        var scale = NiceScale.For(0, Math.Max(1, bars.Max(b => b.Count)), fromZero: true, wholeNumbers: true);
        var series = new ChartSeries("Indicators", [.. bars.Select(b => (double?)b.Count)], ChartPalette.DarkBlue)
        {
            PointColors = [.. bars.Select(b => b.Color)],
            ValueLabels = [.. bars.Select(b => AxisFormat.Whole(b.Count))],
        };
        var periodText = Text.Display.PeriodShort(period);
        var counts = ChartWords.List([.. bars.Select(b => $"{AxisFormat.Whole(b.Count)} {b.Name}")]);
        return new Chart(
            ChartKind.Bar,
            title ?? $"Indicators by RAG rating, {periodText}",
            $"Bar chart of indicators by RAG rating, {periodText}: {counts}, of {ChartWords.Count(summary.Total, "indicator", "indicators")}.",
            [.. bars.Select(b => b.Name)],
            AxisFormat.Axis(scale, Unit.Count, template.AxisTitle ?? "Indicators"),
            [series],
            template.Size)
        {
            Legend = LegendPosition.None,
        };
    }
}
