using ReportGen.Core.Diagnostics;
using ReportGen.Core.Results;

namespace ReportGen.Documents.Composition.Charts;

/// <summary>Which indicators a <c>chart:</c> block draws: one by id (Liquid), a list of ids, or <c>all</c>, filtered by unit.</summary>
internal static class ChartIndicators
{
    /// <summary>
    /// The indicators, in the report's order for <c>all</c> and in the written order for a list; an error for an id
    /// the report does not have, unless the edition left it out (a restricted indicator in the public edition), which
    /// is passed over. <see langword="null"/> when the block names none.
    /// </summary>
    public static IReadOnlyList<IndicatorResult>? Select(ChartTemplate template, CompositionContext context, IReadOnlyDictionary<string, object>? locals)
    {
        var results = context.Input.Results.Indicators;
        IEnumerable<string> ids;
        if (template.Indicator is { } single)
        {
            ids = [context.Text(single, template.Location, locals)];
        }
        else if (template.Indicators is { } many)
        {
            ids = many.Count == 1 && string.Equals(many[0], ChartTemplate.All, StringComparison.OrdinalIgnoreCase)
                ? results.Select(r => r.Definition.Id)
                : many;
        }
        else
        {
            return null;
        }

        var chosen = new List<IndicatorResult>();
        foreach (var id in ids)
        {
            if (results.FirstOrDefault(r => string.Equals(r.Definition.Id, id, StringComparison.Ordinal)) is { } result)
            {
                chosen.Add(result);
            }
            else if (context.Input.Edition?.LeftOut.Contains(id) == true)
            {
                continue;
            }
            else
            {
                context.Problems.Add(Problem.Error(template.Location, id.Length == 0
                    ? "the chart's indicator is empty; write its id, such as indicator: CSP1"
                    : $"the chart's indicator '{id}' is not in this report; its indicators are {string.Join(", ", results.Select(r => r.Definition.Id))}"));
            }
        }

        return [.. chosen.Where(r => template.Units.Count == 0 || template.Units.Contains(r.Definition.Unit))];
    }
}
