using ReportGen.Composition.Charts;
using ReportGen.Composition.Disclosure;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>chart:</c> one chart per chosen indicator (or one of RAG counts, or of the finance register), drawn from the
/// indicator's own series, its SPC analysis, the report's ratings or the theme's budget lines. An indicator with nothing to chart is left out with a warning saying why.
/// Suppressed figures are gaps with a note (<see cref="ChartSuppression"/>).
/// </summary>
internal static class ChartComposer
{
    /// <summary>The charts of <paramref name="template"/>; <paramref name="locals"/> are the enclosing context's variables (<c>indicator</c>).</summary>
    public static IEnumerable<Block> Compose(ChartTemplate template, CompositionContext context, IReadOnlyDictionary<string, object>? locals = null)
    {
        var period = context.Input.Results.Period;
        if (template.Kind == ChartTemplateKind.Finance)
        {
            var rows = (context.Input.Registers ?? Registers.Registers.Empty).Rows("finance", context.GoalKey);
            return FinanceChart.Build(rows, period.Year.ToString(), template, Title(template, context, locals)) is { } finance
                ? [WithAlt(finance, template, context, locals)]
                : [Paragraph.Of("No financial figures were given for this period.", ParagraphStyle.Note)];
        }

        var chosen = ChartIndicators.Select(template, context, locals);
        if (template.Kind == ChartTemplateKind.RagCounts)
        {
            var summary = chosen is null ? context.Input.Results.Summary : RagSummary.Of(chosen.Select(r => r.Rag));
            return [WithAlt(RagCountChart.Build(summary, period, context.Theme, template, Title(template, context, locals)), template, context, locals)];
        }

        if (chosen is null)
        {
            context.Problems.Add(Problem.Error(template.Location, "say which indicator the chart draws: indicator: CSP1, or indicators: all"));
            return [];
        }

        var charts = new List<Block>();
        foreach (var result in chosen)
        {
            if (template.Kind == ChartTemplateKind.Spc && result.Withheld.HasFlag(Withheld.Spc))
            {
                charts.Add(ChartSuppression.SpcWithheld(result));
                continue;
            }

            var indicatorLocals = Merge(locals, context.IndicatorLocals(result));
            var title = Title(template, context, indicatorLocals);
            string? why;
            var chart = template.Kind switch
            {
                ChartTemplateKind.Spc => SpcChart.Build(result, period, template, title, out why),
                ChartTemplateKind.Bars => VolumeBarChart.Build(result, template, title, out why),
                _ => YearOnYearChart.Build(result, period, template, title, out why),
            };
            if (chart is null)
            {
                context.Problems.Add(Problem.Warning(template.Location, $"no chart for {result.Definition.Id} ({result.Definition.Title}): {why}"));
                continue;
            }

            chart = WithAlt(chart, template, context, indicatorLocals);
            if (ChartSuppression.Hidden(result, template, period) is { Count: > 0 } hidden)
            {
                var (annotated, note) = ChartSuppression.Annotate(chart, hidden);
                charts.Add(annotated);
                charts.Add(note);
                continue;
            }

            charts.Add(chart);
        }

        return charts;
    }

    /// <summary>
    /// <paramref name="chart"/> with the author's alternative text, if the template gives one (<c>alt:</c>); one that
    /// renders blank keeps ReportGen's own, with a warning, as a chart is never without it.
    /// </summary>
    private static Chart WithAlt(Chart chart, ChartTemplate template, CompositionContext context, IReadOnlyDictionary<string, object>? locals)
    {
        if (template.Alt is null)
        {
            return chart;
        }

        var scope = Merge(locals, new Dictionary<string, object>(StringComparer.Ordinal) { ["alt"] = chart.AltText });
        var alt = context.Text(template.Alt, template.Location, scope).Trim();
        if (alt.Length == 0)
        {
            context.Problems.Add(Problem.Warning(template.Location, "the chart's alt: text is blank, so the chart keeps the alternative text ReportGen writes from its data"));
            return chart;
        }

        return chart with { AltText = alt };
    }

    private static string? Title(ChartTemplate template, CompositionContext context, IReadOnlyDictionary<string, object>? locals) =>
        template.Title is null ? null : context.Text(template.Title, template.Location, locals);

    private static Dictionary<string, object> Merge(IReadOnlyDictionary<string, object>? outer, IReadOnlyDictionary<string, object> inner)
    {
        var merged = outer is null ? new Dictionary<string, object>(StringComparer.Ordinal) : new Dictionary<string, object>(outer, StringComparer.Ordinal);
        foreach (var (name, value) in inner)
        {
            merged[name] = value;
        }

        return merged;
    }
}
