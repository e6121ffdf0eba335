using ReportGen.Core.Indicators;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>
/// Reads <c>rag:</c> (method, basis, bands, red_if_worsening, amber_within, green_within), checking the bands against
/// the polarity and the allowances of <c>target_distance</c> against each other.
/// </summary>
internal static class RagReader
{
    private static readonly string[] Keys = ["method", "basis", "bands", "red_if_worsening", "amber_within", "green_within"];
    private static readonly string[] DistanceKeys = ["amber_within", "green_within"];
    private static readonly string[] BandKeys = ["rating", "label", "min", "max"];

    public static RagRule Read(YamlNode node, Polarity polarity, bool allowPercent, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'rag'", problems) is not { } mapping)
        {
            return RagRule.Default;
        }

        var map = new YamlMap(mapping, "'rag'", Keys, problems);
        map.CheckKeys();
        var method = map.Choice("method", Choices.Methods) ?? RagMethod.Tolerance;
        var basis = map.Choice("basis", Choices.Bases) ?? RatingBasis.Ytd;
        var redIfWorsening = map.Boolean("red_if_worsening") ?? false;
        var bandsNode = map.Get("bands");
        var bands = bandsNode is null ? [] : ReadBands(bandsNode, polarity, allowPercent, problems);
        if (method == RagMethod.Bands && bandsNode is null)
        {
            problems.Error(map.Get("method")!.Location, "method bands needs 'bands', listed best first, such as bands: [{rating: Green, min: 85}, {rating: Amber, min: 80}, {rating: Red}]");
        }
        else if (method != RagMethod.Bands && bandsNode is not null)
        {
            problems.Warning(bandsNode.Location, "'bands' is only used by method bands; remove it or set method: bands");
        }

        var (amber, green) = ReadDistance(map, method, allowPercent);
        return new RagRule(method, basis, bands, redIfWorsening) { AmberWithin = amber, GreenWithin = green };
    }

    private static (Tolerance? Amber, Tolerance? Green) ReadDistance(YamlMap map, RagMethod method, bool percentUnit)
    {
        if (method != RagMethod.TargetDistance)
        {
            foreach (var key in DistanceKeys)
            {
                if (map.Get(key) is { } unused)
                {
                    map.Problems.Warning(unused.Location, $"'{key}' is only used by method target_distance; remove it or set method: target_distance");
                }
            }

            return (null, null);
        }

        var amberNode = map.Get("amber_within");
        if (amberNode is null)
        {
            map.Problems.Error(map.Get("method")!.Location, "method target_distance needs 'amber_within', how far short of the target is still Amber, such as amber_within: 10% (of the target), 5pp or 250 (in the indicator's unit)");
        }

        var amber = amberNode is null ? null : ToleranceText.Read(amberNode, "amber_within", "how far short of the target is still Amber, such as 10%", percentUnit, map.Problems);
        var greenNode = map.Get("green_within");
        var green = greenNode is null ? null : ToleranceText.Read(greenNode, "green_within", "how far short of the target is still Green, such as 0 (the target must be met) or 2%", percentUnit, map.Problems);
        if (amber is not null && green is not null && amber.Kind == green.Kind && green.Amount > amber.Amount)
        {
            map.Problems.Error(greenNode!.Location, $"'green_within' is {green}, more than 'amber_within' {amber}, so nothing could be Amber; make green_within no more than amber_within");
        }

        return (amber, green);
    }

    private static List<RagBand> ReadBands(YamlNode node, Polarity polarity, bool allowPercent, ProblemList problems)
    {
        var bands = new List<RagBand>();
        var items = YamlValues.List(node, "'bands'", singleAllowed: false, problems) ?? [];
        if (items.Count == 0 && node is YamlSequence)
        {
            problems.Error(node.Location, "'bands' lists no band; list them best first, such as [{rating: Green, min: 85}, {rating: Red}]");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (YamlValues.Mapping(items[i], "each band", problems) is not { } mapping)
            {
                continue;
            }

            var map = new YamlMap(mapping, "a band", BandKeys, problems);
            map.CheckKeys();
            var rating = map.Require("rating", "give each band a rating: Green, Amber or Red") is { } ratingNode
                ? YamlValues.Choice(ratingNode, "'rating'", Choices.Ratings, problems)
                : null;
            var min = map.Number("min", allowPercent);
            var max = map.Number("max", allowPercent);
            if (min > max)
            {
                problems.Error(map.Location, $"band {i + 1} has 'min' {min} above 'max' {max}; swap them");
            }

            CheckBounds(map, i + 1, i == items.Count - 1, polarity);
            if (rating is { } r)
            {
                bands.Add(new RagBand(r, map.Text("label"), min, max));
            }
        }

        return bands;
    }

    private static void CheckBounds(YamlMap map, int number, bool last, Polarity polarity)
    {
        var hasMin = map.Get("min") is not null;
        var hasMax = map.Get("max") is not null;
        var missing = polarity switch
        {
            _ when last => null,
            Polarity.Higher when !hasMin => "'min'",
            Polarity.Lower when !hasMax => "'max'",
            Polarity.Band or Polarity.Neutral when !hasMin && !hasMax => "'min' or 'max'",
            _ => null,
        };

        if (missing is not null)
        {
            map.Problems.Error(map.Location, $"band {number} has no {missing}; with polarity {polarity.ToString().ToLowerInvariant()} every band but the last needs it (the last may leave it out to catch every value)");
        }
    }
}
