using ReportGen.Core.Indicators;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>
/// Checks keys that only make sense together: a contextual or monitor indicator's targets and rating (ignored,
/// with a warning), survey statistics on a ratio, a rank with a better direction, a disclosure threshold on counts.
/// </summary>
internal static class DefinitionChecks
{
    private static readonly string[] RatingKeys = ["targets", "tolerance", "rag"];

    /// <summary>Adds to the map's problems what does not fit together in <paramref name="definition"/>.</summary>
    public static void Check(YamlMap map, IndicatorDefinition definition)
    {
        var problems = map.Problems;
        if (definition.Type != IndicatorType.Target)
        {
            var type = definition.Type.ToString().ToLowerInvariant();
            foreach (var key in RatingKeys)
            {
                if (map.Get(key) is { } node)
                {
                    problems.Warning(node.Location, $"a {type} indicator has no target and no rating, so '{key}' is ignored; remove it, or set type: target");
                }
            }
        }

        if (definition.Rag.Method == RagMethod.TargetDistance && map.Get("tolerance") is { } tolerance)
        {
            problems.Warning(tolerance.Location, "'tolerance' is not used by method target_distance, which rates by 'amber_within' and 'green_within' under 'rag'; remove it");
        }

        if (map.Get("money") is { } money && definition.Unit != Unit.Currency)
        {
            problems.Warning(money.Location, "'money' is only used by unit currency; remove it or set unit: currency");
        }

        if (map.Get("survey") is { } survey && definition.Aggregation != Aggregation.Ratio)
        {
            problems.Error(survey.Location, "'survey' needs aggregation: ratio, with the respondents who said yes as the numerator and the valid responses as the denominator");
        }

        if (map.Get("suppress_below") is { } suppress && definition.SuppressBelow > 0 && !Core.Disclosure.DisclosureScope.HasCounts(definition))
        {
            problems.Warning(suppress.Location, "'suppress_below' applies to counts (unit count or number, aggregation sum or latest) and to rates (aggregation ratio); this indicator's figures are neither, so nothing is suppressed");
        }

        if (map.Get("rank") is { } rank && definition.Polarity == Polarity.Neutral)
        {
            problems.Error(rank.Location, "'rank' needs a better direction, and polarity neutral has none; set polarity higher, lower or band");
        }
    }
}
