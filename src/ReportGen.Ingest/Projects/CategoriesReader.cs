using System.Text.RegularExpressions;
using ReportGen.Ingest.Extracts;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>
/// Reads the <c>categories:</c> of a record-level extract: a map from node id to the category value it counts
/// (<c>HOM: Homicide</c>), a list of them (<c>VEH: [Theft of a Motor Vehicle, Theft from a Motor Vehicle]</c>), or a
/// map of <c>values</c> and <c>parts</c> (<c>VBV: { parts: [HOM, VWI, VWO] }</c>).
/// </summary>
internal static partial class CategoriesReader
{
    private static readonly string[] NodeKeys = ["values", "parts"];

    /// <summary>The checked hierarchy, or <see langword="null"/> (with errors).</summary>
    public static CategoryTree? Read(YamlNode node, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'categories'", problems) is not { } mapping)
        {
            return null;
        }

        if (mapping.Entries.Count == 0)
        {
            problems.Error(node.Location, "'categories' has no node; map each indicator id to its category, such as HOM: Homicide");
            return null;
        }

        var nodes = new List<CategoryNode>();
        foreach (var entry in mapping.Entries)
        {
            if (!Id().IsMatch(entry.Key.Value))
            {
                problems.Error(entry.Key.Location, $"'{entry.Key.Value}' is not an indicator id; use letters, digits, - _ and . (starting with a letter or digit)");
                continue;
            }

            if (ReadNode(entry, problems) is { } read)
            {
                nodes.Add(read);
            }
        }

        return CategoryTree.Build(nodes, problems);
    }

    private static CategoryNode? ReadNode(YamlEntry entry, ProblemList problems)
    {
        var id = entry.Key.Value;
        var what = $"the categories of {id}";
        if (entry.Value is not YamlMapping map)
        {
            var values = Texts(entry.Value, what, problems);
            return values is null ? null : Node(entry, values, [], problems);
        }

        var keys = new YamlMap(map, $"the node {id}", NodeKeys, problems);
        var before = problems.All.Count;
        keys.CheckKeys();
        var ownValues = keys.Get("values") is { } v ? Texts(v, $"'values' of {id}", problems) : [];
        var parts = keys.Get("parts") is { } p ? Texts(p, $"'parts' of {id}", problems) : [];
        if (problems.All.Count > before)
        {
            // Keep the node, so that the nodes naming it as a part are not reported too.
            return new CategoryNode(id, ownValues ?? [], parts ?? [], entry.Key.Location);
        }

        return Node(entry, ownValues!, parts!, problems);
    }

    private static CategoryNode? Node(YamlEntry entry, IReadOnlyList<Written> values, IReadOnlyList<Written> parts, ProblemList problems)
    {
        if (values.Count == 0 && parts.Count == 0)
        {
            problems.Error(entry.Key.Location, $"{entry.Key.Value} counts nothing; give the category it counts ({entry.Key.Value}: Homicide) or the nodes it adds up ({entry.Key.Value}: {{ parts: [A, B] }})");
            return null;
        }

        return new CategoryNode(entry.Key.Value, values, parts, entry.Key.Location);
    }

    private static List<Written>? Texts(YamlNode node, string what, ProblemList problems)
    {
        if (YamlValues.List(node, what, singleAllowed: true, problems) is not { } items)
        {
            return null;
        }

        var texts = new List<Written>();
        foreach (var item in items)
        {
            if (YamlValues.Text(item, $"each of {what}", problems) is not { } text)
            {
                continue;
            }

            if (text.Trim().Length == 0)
            {
                problems.Error(item.Location, $"a blank in {what}; write the category as the extract has it, such as Homicide");
                continue;
            }

            texts.Add(new Written(text.Trim(), item.Location));
        }

        return texts;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Id();
}
