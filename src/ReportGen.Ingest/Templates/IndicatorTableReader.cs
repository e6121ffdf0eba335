using ReportGen.Core.Diagnostics;
using ReportGen.Documents.Composition.Templates;
using ReportGen.Documents.Model;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Templates;

/// <summary>Reads an <c>indicator-table</c> block: caption, grouping and columns.</summary>
internal static class IndicatorTableReader
{
    private static readonly (string, ColumnKind)[] Kinds =
    [
        ("text", ColumnKind.Text), ("markdown", ColumnKind.Markdown), ("rag", ColumnKind.Rag),
        ("dot_short", ColumnKind.DotShort), ("dot_long", ColumnKind.DotLong),
    ];

    private static readonly (string, CellAlignment)[] Alignments =
        [("left", CellAlignment.Left), ("center", CellAlignment.Center), ("centre", CellAlignment.Center), ("right", CellAlignment.Right)];

    private static readonly (string, bool)[] Groupings = [("goal", true), ("none", false)];

    public static IndicatorTableTemplate? Read(YamlNode node, SourceLocation location, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "'indicator-table'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "'indicator-table'", ["caption", "group_by", "columns"], problems);
        map.CheckKeys();
        var columns = new List<ColumnTemplate>();
        if (map.Require("columns", "list the columns, each with header and value or kind") is { } list
            && YamlValues.List(list, "'columns'", false, problems) is { } items)
        {
            columns.AddRange(items.Select(item => Column(item, problems)).OfType<ColumnTemplate>());
        }

        if (columns.Count == 0 && !problems.HasErrors)
        {
            problems.Error(location, "the indicator table has no columns");
        }

        return new IndicatorTableTemplate(
            location,
            map.RequiredText("caption", "say what the table shows, for screen readers") ?? string.Empty,
            map.Choice("group_by", Groupings) ?? false,
            columns);
    }

    private static ColumnTemplate? Column(YamlNode node, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "a column", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "a column", ["header", "kind", "value", "width", "align"], problems);
        map.CheckKeys();
        var kind = map.Choice("kind", Kinds) ?? ColumnKind.Text;
        var value = map.Text("value");
        if (value is null && kind is ColumnKind.Text or ColumnKind.Markdown)
        {
            problems.Error(mapping.Location, "a text or markdown column needs 'value', such as value: \"{{ indicator.ytd_value }}\"");
        }

        var width = map.Number("width", allowPercent: false) ?? 1m;
        if (width <= 0)
        {
            problems.Error(map.Get("width")!.Location, $"'width' is {width}; give a relative width above 0, such as 1.5");
            width = 1m;
        }

        return new ColumnTemplate(
            map.RequiredText("header", "give the column a header") ?? string.Empty,
            kind,
            value,
            (double)width,
            map.Choice("align", Alignments) ?? (kind is ColumnKind.Rag or ColumnKind.DotShort or ColumnKind.DotLong ? CellAlignment.Center : CellAlignment.Left));
    }
}
