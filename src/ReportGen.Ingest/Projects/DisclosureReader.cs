using ReportGen.Core.Diagnostics;
using ReportGen.Core.Disclosure;
using ReportGen.Ingest.Definitions;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>
/// Reads the project file's <c>disclosure:</c> (docs/disclosure.md): <c>suppress_below</c>, <c>suppress_zeros</c> and
/// <c>totals</c>, a map of each total's id to the ids of its parts.
/// </summary>
internal static class DisclosureReader
{
    private static readonly string[] Keys = ["suppress_below", "suppress_zeros", "totals"];

    /// <summary>The rules, and each declared total with where it is written (its ids are checked against the definitions later).</summary>
    public static (DisclosureRules Rules, IReadOnlyList<(IndicatorTotal Total, SourceLocation Location)> Totals) Read(YamlNode node, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'disclosure'", problems) is not { } mapping)
        {
            return (DisclosureRules.None, []);
        }

        var map = new YamlMap(mapping, "'disclosure'", Keys, problems);
        map.CheckKeys();
        var totals = map.Get("totals") is { } totalsNode ? Totals(totalsNode, problems) : [];
        var rules = new DisclosureRules
        {
            SuppressBelow = map.Integer("suppress_below", 0, DefinitionReader.MaxThreshold),
            SuppressZeros = map.Boolean("suppress_zeros") ?? false,
            Totals = [.. totals.Select(t => t.Total)],
        };
        return (rules, totals);
    }

    private static List<(IndicatorTotal Total, SourceLocation Location)> Totals(YamlNode node, ProblemList problems)
    {
        var totals = new List<(IndicatorTotal Total, SourceLocation Location)>();
        if (YamlValues.Mapping(node, "'totals'", problems) is not { } mapping)
        {
            return totals;
        }

        foreach (var entry in mapping.Entries)
        {
            var what = $"the parts of '{entry.Key.Value}'";
            var parts = (YamlValues.List(entry.Value, what, singleAllowed: false, problems) ?? [])
                .Select(p => YamlValues.Text(p, what, problems)?.Trim())
                .OfType<string>()
                .ToList();
            if (parts.Count < 2)
            {
                problems.Error(entry.Value.Location, $"a total adds up two or more parts; list them, such as {entry.Key.Value}: [HOM, VWI]");
                continue;
            }

            totals.Add((new IndicatorTotal(entry.Key.Value.Trim(), parts), entry.Key.Location));
        }

        return totals;
    }
}
