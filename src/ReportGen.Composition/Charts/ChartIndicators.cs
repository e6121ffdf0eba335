using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;

namespace ReportGen.Composition.Charts;

/// <summary>Which indicators a <c>chart:</c> block draws: one by id (Liquid), a list of ids, or <c>all</c> (those in scope), filtered by unit.</summary>
internal static class ChartIndicators
{
    /// <summary>
    /// The indicators, in the report's order for <c>all</c> and in the written order for a list; an error for an id
    /// the report does not have, unless the edition left it out (a restricted indicator in the public edition), which
    /// is passed over. <see langword="null"/> when the block names none.
    /// </summary>
    public static IReadOnlyList<IndicatorResult>? Select(ChartTemplate template, CompositionContext context, IReadOnlyDictionary<string, object>? locals)
    {
        var report = context.Report.Indicators;
        IReadOnlyList<IndicatorResult> chosen;
        if (template.Indicator is { } single)
        {
            var id = context.Text(single, template.Location, locals);
            if (id.Length == 0)
            {
                context.Problems.Add(Problem.Error(template.Location, "the chart's indicator is empty; write its id, such as indicator: CSP1"));
                return [];
            }

            chosen = report.FirstOrDefault(r => string.Equals(r.Definition.Id, id, StringComparison.Ordinal)) is { } result ? [result] : [];
            if (chosen.Count == 0 && IndicatorSelection.LeftOut(context, id))
            {
                context.PassedOver.Add();
            }
            else if (chosen.Count == 0)
            {
                context.Problems.Add(Problem.Error(template.Location, $"the chart's indicator '{id}' is not in this report; its indicators are {string.Join(", ", report.Select(r => r.Definition.Id))}"));
            }
        }
        else if (template.Indicators is { } many)
        {
            chosen = IndicatorSelection.Select(many, context, template.Location, "the chart", locals);
        }
        else
        {
            return null;
        }

        return [.. chosen.Where(r => template.Units.Count == 0 || template.Units.Contains(r.Definition.Unit))];
    }
}
