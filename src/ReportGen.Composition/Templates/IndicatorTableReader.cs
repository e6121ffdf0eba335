using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Model;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Composition.Templates;

/// <summary>Reads an <c>indicator-table</c> block: caption, grouping and columns.</summary>
internal static class IndicatorTableReader
{
    private static readonly (string, ColumnKind)[] Kinds =
    [
        ("text", ColumnKind.Text), ("markdown", ColumnKind.Markdown), ("rag", ColumnKind.Rag),
        ("dot_short", ColumnKind.DotShort), ("dot_long", ColumnKind.DotLong), ("ratings", ColumnKind.Ratings),
        ("rating", ColumnKind.Rating), ("trend", ColumnKind.Trend),
    ];

    /// <summary>The column kinds of a <c>table</c> block, whose cells come from <c>value</c>.</summary>
    public static readonly (string, ColumnKind)[] ListKinds =
        [("text", ColumnKind.Text), ("markdown", ColumnKind.Markdown), ("rating", ColumnKind.Rating), ("trend", ColumnKind.Trend), ("page", ColumnKind.Page)];

    private static readonly (string, CellAlignment)[] Alignments =
        [("left", CellAlignment.Left), ("center", CellAlignment.Center), ("centre", CellAlignment.Center), ("right", CellAlignment.Right)];

    private static readonly (string, bool)[] Groupings = [("goal", true), ("none", false)];

    public static IndicatorTableTemplate? Read(YamlNode node, SourceLocation location, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'indicator-table'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'indicator-table'", ["caption", "group_by", "columns", "indicators", "where", "emphasis"], problems);
        map.CheckKeys();
        var columns = Columns(map, location, Kinds, allowTotal: false, problems);
        return new IndicatorTableTemplate(
            location,
            map.RequiredText("caption", "say what the table shows, for screen readers") ?? string.Empty,
            map.Choice("group_by", Groupings) ?? false,
            columns)
        {
            Indicators = Ids(map, "indicators", problems),
            Where = map.Text("where"),
            Emphasis = map.Text("emphasis"),
        };
    }

    /// <summary>The ids of <paramref name="key"/> (a list, or one text that may be Liquid), or <see langword="null"/> when not given.</summary>
    public static IReadOnlyList<string>? Ids(YamlMap map, string key, ProblemList problems) =>
        map.Get(key) is { } node && YamlValues.List(node, YamlMap.Quote(key), singleAllowed: true, problems) is { } items
            ? [.. items.Select(item => YamlValues.Text(item, $"an entry of '{key}'", problems)).OfType<string>()]
            : null;

    /// <summary>The <c>columns</c> of a table block; an error when there are none.</summary>
    public static List<ColumnTemplate> Columns(YamlMap map, SourceLocation location, IReadOnlyList<(string, ColumnKind)> kinds, bool allowTotal, ProblemList problems)
    {
        var columns = new List<ColumnTemplate>();
        if (map.Require("columns", "list the columns, each with header and value or kind") is { } list
            && YamlValues.List(list, "'columns'", false, problems) is { } items)
        {
            columns.AddRange(items.Select(item => Column(item, kinds, allowTotal, problems)).OfType<ColumnTemplate>());
        }

        if (columns.Count == 0 && !problems.HasErrors)
        {
            problems.Error(location, "the table has no columns");
        }

        return columns;
    }

    private static ColumnTemplate? Column(YamlNode node, IReadOnlyList<(string, ColumnKind)> kinds, bool allowTotal, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "a column", problems) is not { } mapping)
        {
            return null;
        }

        string[] keys = allowTotal ? ["header", "kind", "value", "width", "align", "total"] : ["header", "kind", "value", "width", "align"];
        var map = new YamlMap(mapping, "a column", keys, problems);
        map.CheckKeys();
        var kind = map.Choice("kind", kinds) ?? ColumnKind.Text;
        var value = map.Text("value");
        if (value is null && kind is ColumnKind.Text or ColumnKind.Markdown or ColumnKind.Rating or ColumnKind.Trend or ColumnKind.Page)
        {
            problems.Error(mapping.Location, $"a {kinds.First(k => k.Item2 == kind).Item1} column needs 'value', such as value: \"{{{{ indicator.ytd_value }}}}\"");
        }

        var width = RelativeWidth.Read(map);

        return new ColumnTemplate(
            map.RequiredText("header", "give the column a header") ?? string.Empty,
            kind,
            value,
            width,
            map.Choice("align", Alignments) ?? (kind is ColumnKind.Rag or ColumnKind.Ratings or ColumnKind.DotShort or ColumnKind.DotLong or ColumnKind.Rating or ColumnKind.Trend ? CellAlignment.Center
                : kind == ColumnKind.Page ? CellAlignment.Right : CellAlignment.Left))
        {
            Total = allowTotal ? map.Text("total") : null,
        };
    }
}
