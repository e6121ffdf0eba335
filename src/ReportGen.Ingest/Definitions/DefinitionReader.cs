using System.Collections.ObjectModel;
using System.Text.RegularExpressions;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>Reads one indicator definition (contract section 3) from a YAML map, checking every key.</summary>
internal static partial class DefinitionReader
{
    private const int MaxLag = 120;

    /// <summary>The largest disclosure threshold: beyond it a threshold is surely a mistake (a count, not a threshold).</summary>
    internal const int MaxThreshold = 1000;

    private static readonly string[] Keys =
    [
        "id", "title", "unit", "polarity", "aggregation", "decimals", "targets", "tolerance", "rag", "range",
        "dot_threshold", "goal", "description", "info", "spc", "type", "cumulative_from", "allowed_lag", "rank",
        "equality_gap", "survey", "suppress_below", "restricted", "frequency", "target_decimals", "money",
    ];

    /// <summary>
    /// The definition, or <see langword="null"/> when it has no usable id. A definition with other errors is
    /// still given (with defaults where a value was wrong), so later checks do not pile up on a missing id.
    /// </summary>
    public static IndicatorDefinition? Read(YamlMapping mapping, int startMonth, ProblemList problems)
    {
        var map = new YamlMap(mapping, "an indicator", Keys, problems);
        map.CheckKeys();
        var id = map.RequiredText("id", "give the indicator an id, such as id: CSP1")?.Trim();
        if (id is not null && !IdForm().IsMatch(id))
        {
            problems.Error(map.Get("id")!.Location, $"the id '{id}' has characters other than letters, digits, '-', '_' and '.'; write it like CSP1");
            id = null;
        }

        var title = map.RequiredText("title", "give the indicator a title, such as title: Total notifiable offences");
        var unit = map.Choice("unit", Choices.Units) ?? Unit.Count;
        var percent = unit == Unit.Percent;
        var polarity = map.Choice("polarity", Choices.Polarities) ?? Polarity.Higher;
        var definition = new IndicatorDefinition(id ?? "?", title ?? id ?? "?")
        {
            Unit = unit,
            Polarity = polarity,
            Aggregation = map.Choice("aggregation", Choices.Aggregations) ?? Aggregation.Sum,
            Decimals = map.Integer("decimals", 0, 10) ?? 0,
            TargetDecimals = map.Integer("target_decimals", 0, 10),
            Money = map.Choice("money", Choices.MoneyStyles) ?? MoneyStyle.Auto,
            Targets = map.Get("targets") is { } targets ? TargetsReader.Read(targets, startMonth, percent, problems) : new Dictionary<FinancialYear, TargetSet>(),
            GroupTargets = map.Get("targets") is { } byGroup ? TargetsReader.ReadGroups(byGroup, startMonth, percent, problems) : new Dictionary<string, IReadOnlyDictionary<FinancialYear, TargetSet>>(StringComparer.Ordinal),
            Tolerance = map.Get("tolerance") is { } tolerance ? ToleranceText.Read(tolerance, unit, problems) : null,
            Rag = map.Get("rag") is { } rag ? RagReader.Read(rag, polarity, percent, problems) : RagRule.Default,
            Range = ReadRange(map, polarity, percent),
            DotThreshold = ReadThreshold(map, percent),
            Goal = map.Text("goal"),
            Description = map.Text("description"),
            Attributes = map.Get("info") is { } info ? ReadInfo(info, problems) : new Dictionary<string, string>(StringComparer.Ordinal),
            Spc = map.Get("spc") is { } spc ? SpcReader.Read(spc, startMonth, percent, problems) : null,
            Type = map.Choice("type", Choices.Types) ?? IndicatorType.Target,
            CumulativeFrom = map.Get("cumulative_from") is { } from ? AnalyticsReader.CumulativeFrom(from, startMonth, problems) : null,
            AllowedLag = map.Integer("allowed_lag", 0, MaxLag) ?? 0,
            Rank = map.Get("rank") is { } rank ? AnalyticsReader.Rank(rank, problems) : null,
            Gaps = map.Get("equality_gap") is { } gaps ? AnalyticsReader.Gaps(gaps, unit, problems) : null,
            Survey = map.Get("survey") is { } survey ? AnalyticsReader.Survey(survey, problems) : null,
            SuppressBelow = map.Integer("suppress_below", 0, MaxThreshold),
            Restricted = map.Boolean("restricted") ?? false,
            Frequency = map.Choice("frequency", Choices.Frequencies),
        };

        DefinitionChecks.Check(map, definition);
        return id is null ? null : definition;
    }

    private static TargetRange? ReadRange(YamlMap map, Polarity polarity, bool percent)
    {
        var node = map.Get("range");
        if (node is null)
        {
            if (polarity == Polarity.Band)
            {
                map.Problems.Error(map.Mapping.Find("polarity")!.Value.Location, "polarity band needs 'range', the best range, such as range: [28, 40]");
            }

            return null;
        }

        if (polarity != Polarity.Band)
        {
            map.Problems.Warning(node.Location, "'range' is only used by polarity band; remove it or set polarity: band");
        }

        decimal? min, max;
        if (node is YamlMapping mapping)
        {
            var range = new YamlMap(mapping, "'range'", ["min", "max"], map.Problems);
            range.CheckKeys();
            (min, max) = (range.Number("min", percent), range.Number("max", percent));
        }
        else if (YamlValues.Numbers(node, "'range'", percent, map.Problems) is { } numbers)
        {
            if (numbers.Count != 2)
            {
                map.Problems.Error(node.Location, $"'range' has {numbers.Count} entries; give the lowest and highest values, such as [28, 40], or {{min: 28}}");
                return null;
            }

            (min, max) = (numbers[0], numbers[1]);
        }
        else
        {
            return null;
        }

        if (min > max)
        {
            map.Problems.Error(node.Location, $"'range' runs from {min} down to {max}; write the lowest value first");
            return null;
        }

        return min is null && max is null ? null : new TargetRange(min, max);
    }

    private static decimal? ReadThreshold(YamlMap map, bool percent)
    {
        var threshold = map.Number("dot_threshold", percent);
        if (threshold < 0)
        {
            map.Problems.Error(map.Get("dot_threshold")!.Location, $"'dot_threshold' is {threshold}; write how large a difference still counts as the same, such as 0.5");
            return null;
        }

        return threshold;
    }

    private static ReadOnlyDictionary<string, string> ReadInfo(YamlNode node, ProblemList problems)
    {
        var attributes = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        if (YamlValues.Mapping(node, "'info'", problems) is { } mapping)
        {
            foreach (var entry in mapping.Entries)
            {
                if (YamlValues.Text(entry.Value, $"'info: {entry.Key.Value}'", problems) is { } text)
                {
                    attributes.Add(entry.Key.Value, text);
                }
            }
        }

        return new ReadOnlyDictionary<string, string>(attributes);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdForm();
}
