using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Composition.Templates;

/// <summary>
/// Reads a <c>columns:</c> block: a list of two or more columns, each a map with <c>blocks</c> (any block but columns
/// and page breaks) and an optional relative <c>width</c> (default 1).
/// </summary>
internal static class ColumnsReader
{
    private const string Advice = "list two or more columns, each with blocks: and an optional width:";

    public static ColumnsTemplate? Read(YamlNode node, SourceLocation location, ProblemList problems)
    {
        if (YamlValues.List(node, "'columns'", singleAllowed: false, problems) is not { } items)
        {
            return null;
        }

        if (items.Count < 2)
        {
            problems.Error(location, $"'columns' has {items.Count} column{(items.Count == 1 ? string.Empty : "s")}; {Advice}");
            return null;
        }

        var columns = new List<LayoutColumnTemplate>();
        foreach (var item in items)
        {
            if (Column(item, problems) is { } column)
            {
                columns.Add(column);
            }
        }

        return columns.Count == items.Count ? new ColumnsTemplate(location, columns) : null;
    }

    private static LayoutColumnTemplate? Column(YamlNode node, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "a column", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "a column", ["width", "blocks"], problems);
        map.CheckKeys();
        var width = RelativeWidth.Read(map);

        if (map.Require("blocks", "list the column's blocks (heading, markdown, table…)") is not { } list
            || YamlValues.List(list, "'blocks'", singleAllowed: false, problems) is not { } items)
        {
            return null;
        }

        var blocks = new List<TemplateBlock>();
        foreach (var block in items.Select(b => BlockReader.Read(b, problems)).OfType<TemplateBlock>())
        {
            if (block is ColumnsTemplate or PageBreakTemplate)
            {
                problems.Error(block.Location, block is ColumnsTemplate
                    ? "a column cannot hold columns; put the columns side by side in one columns block"
                    : "a column cannot hold a page break; end the columns block and break the page after it");
                continue;
            }

            blocks.Add(block);
        }

        return new LayoutColumnTemplate(width, blocks);
    }
}
