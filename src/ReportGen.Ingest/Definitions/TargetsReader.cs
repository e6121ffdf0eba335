using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Definitions;

/// <summary>
/// Reads <c>targets:</c>, a map of financial years (<c>"2016/17"</c>) to <c>annual</c>, <c>ytd</c> (4 or 12
/// entries), <c>quarters</c> (4) or <c>months</c> (12); quarters and months both become <see cref="TargetSet.Periods"/>.
/// Beside the years, <c>by:</c> maps breakdown groups (<c>Havering</c>) to targets of the same form, for each group's
/// own pack (<c>reportgen build --for-each</c>).
/// </summary>
internal static class TargetsReader
{
    /// <summary>The key beside the years that holds each breakdown group's own targets.</summary>
    public const string ByGroup = "by";

    private static readonly string[] Keys = ["annual", "ytd", "quarters", "months"];

    /// <summary>
    /// The targets of each breakdown group under <c>targets: { by: … }</c>, each read as <see cref="Read"/> reads
    /// <c>targets:</c> (without a <c>by:</c> of its own); empty when there is no <c>by:</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<FinancialYear, TargetSet>> ReadGroups(YamlNode node, int startMonth, bool allowPercent, ProblemList problems)
    {
        var groups = new Dictionary<string, IReadOnlyDictionary<FinancialYear, TargetSet>>(StringComparer.Ordinal);
        if (node is not YamlMapping mapping || mapping.Entries.FirstOrDefault(e => e.Key.Value == ByGroup) is not { } by)
        {
            return groups;
        }

        if (YamlValues.Mapping(by.Value, "'targets: by'", problems) is not { } byMap)
        {
            return groups;
        }

        foreach (var entry in byMap.Entries)
        {
            var group = entry.Key.Value.Trim();
            if (group.Length == 0)
            {
                problems.Error(entry.Key.Location, "a breakdown group under 'targets: by' has no name; write the group as the data gives it, such as Havering");
            }
            else if (groups.ContainsKey(group))
            {
                problems.Error(entry.Key.Location, $"the targets for the group '{group}' are given twice; keep one");
            }
            else if (entry.Value is YamlMapping groupMap && groupMap.Entries.Any(e => e.Key.Value == ByGroup))
            {
                problems.Error(entry.Key.Location, $"the targets for the group '{group}' have a 'by:' of their own; give them by financial year only");
            }
            else
            {
                groups.Add(group, Read(entry.Value, startMonth, allowPercent, problems));
            }
        }

        return groups;
    }

    public static IReadOnlyDictionary<FinancialYear, TargetSet> Read(YamlNode node, int startMonth, bool allowPercent, ProblemList problems)
    {
        var targets = new Dictionary<FinancialYear, TargetSet>();
        if (YamlValues.Mapping(node, "'targets'", problems) is not { } mapping)
        {
            return targets;
        }

        var labels = new Dictionary<FinancialYear, int?>();
        foreach (var entry in mapping.Entries.Where(e => e.Key.Value != ByGroup))
        {
            if (!PeriodParser.TryParseFinancialYear(entry.Key.Value, startMonth, out var year, out var error))
            {
                problems.Error(entry.Key.Location, $"{error} (targets are given by financial year)");
                continue;
            }

            if (labels.TryGetValue(year, out var firstLine))
            {
                problems.Error(entry.Key.Location, $"the targets for {year} are given twice (first at line {firstLine}); keep one");
                continue;
            }

            labels.Add(year, entry.Key.Location.Line);
            if (YamlValues.Mapping(entry.Value, $"the targets for {year}", problems) is { } yearMap
                && ReadYear(new YamlMap(yearMap, $"the targets for {year}", Keys, problems), year, allowPercent) is { } set)
            {
                targets.Add(year, set with { Source = entry.Key.Location });
            }
        }

        return targets;
    }

    private static TargetSet? ReadYear(YamlMap map, FinancialYear year, bool allowPercent)
    {
        map.CheckKeys();
        var problems = map.Problems;
        var annual = map.Number("annual", allowPercent);
        var ytd = List(map, "ytd", allowPercent, [4, 12], "give 4 (cumulative at the end of each quarter) or 12 (at the end of each month)");
        var quarters = List(map, "quarters", allowPercent, [4], "give 4, one for each quarter");
        var months = List(map, "months", allowPercent, [12], "give 12, one for each month of the financial year");
        if (map.Get("quarters") is not null && map.Get("months") is { } monthsNode)
        {
            problems.Error(monthsNode.Location, $"the targets for {year} give both 'quarters' and 'months'; give one of them");
            return null;
        }

        if (map.Mapping.Entries.Count == 0)
        {
            problems.Error(map.Location, $"the targets for {year} are empty; give annual, ytd, quarters or months");
            return null;
        }

        return new TargetSet(annual, ytd, quarters ?? months);
    }

    private static IReadOnlyList<decimal>? List(YamlMap map, string key, bool allowPercent, int[] counts, string advice)
    {
        if (map.Get(key) is not { } node || YamlValues.Numbers(node, YamlMap.Quote(key), allowPercent, map.Problems) is not { } numbers)
        {
            return null;
        }

        if (!counts.Contains(numbers.Count))
        {
            map.Problems.Error(node.Location, $"'{key}' has {numbers.Count} {(numbers.Count == 1 ? "entry" : "entries")}; {advice}");
            return null;
        }

        return numbers;
    }
}
