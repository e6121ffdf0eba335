using ReportGen.Composition.Templates;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Composition.Templates;

/// <summary>
/// Reads one block of a template section: a map with exactly one block kind as its key (<c>heading</c>,
/// <c>markdown</c>, <c>form</c>, <c>rag-summary</c>, <c>narrative</c>, <c>goals</c>, <c>indicator-table</c>,
/// <c>chart</c>, <c>page-break</c>, <c>data-sources</c>, <c>columns</c> …), plus <c>level</c> and <c>anchor</c> for a
/// heading, and <c>restricted: true</c> for any block the public edition leaves out.
/// </summary>
internal static class BlockReader
{
    private static readonly string[] Kinds =
    [
        "heading", "markdown", "form", "rag-summary", "narrative", "goals", "indicator-table", "chart", "page-break", "data-sources",
        "rag-tiles", "table", "monthly-table", "survey-table", "columns", "tables",
    ];

    private static readonly string[] Keys = [.. Kinds, "level", "anchor", "when", "restricted"];

    public static TemplateBlock? Read(YamlNode node, ProblemList problems)
    {
        if (YamlValues.Mapping(node, "a block", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, "a block", Keys, problems);
        map.CheckKeys();
        var kinds = mapping.Entries.Where(e => Kinds.Contains(e.Key.Value, StringComparer.Ordinal)).ToList();
        if (kinds.Count != 1)
        {
            problems.Error(mapping.Location, kinds.Count == 0
                ? $"a block needs one of {string.Join(", ", Kinds)}"
                : $"a block has {string.Join(" and ", kinds.Select(k => k.Key.Value))}; give each its own '- ' entry");
            return null;
        }

        var (kind, value) = (kinds[0].Key.Value, kinds[0].Value);
        if (kind != "heading" && map.Get("level") is { } level)
        {
            problems.Error(level.Location, $"'level' goes with heading; for {kind}, write it inside the block");
        }

        if (kind != "heading" && map.Get("anchor") is { } anchor)
        {
            problems.Error(anchor.Location, $"'anchor' goes with heading, not {kind}: give the heading above it the anchor");
        }

        var location = mapping.Location;
        var when = map.Text("when");
        if (value is YamlMapping inner && inner.Find("when") is { } nested)
        {
            // 'when' may also be written inside the block's own map, beside its other keys.
            when ??= YamlValues.Text(nested.Value, "'when'", problems);
            value = new YamlMapping(inner.Location, [.. inner.Entries.Where(e => e != nested)]);
        }

        var restricted = map.Boolean("restricted") ?? false;
        var block = Read(kind, value, location, map, problems);
        if (block is not null && when is not null)
        {
            block = block with { When = when };
        }

        return restricted && block is not null ? block with { Restricted = true } : block;
    }

    private static TemplateBlock? Read(string kind, YamlNode value, Core.Diagnostics.SourceLocation location, YamlMap map, ProblemList problems) =>
        kind switch
        {
            "heading" => new HeadingTemplate(location, YamlValues.Text(value, "'heading'", problems) ?? string.Empty, map.Integer("level", 1, 4) ?? 2)
            {
                Anchor = AnchorOf(map, problems),
            },
            "markdown" => new MarkdownTemplate(location, YamlValues.Text(value, "'markdown'", problems) ?? string.Empty),
            "page-break" => new PageBreakTemplate(location),
            "form" => FormOf(value, location, problems),
            "rag-summary" => RagSummaryOf(value, location, problems),
            "narrative" => NarrativeOf(value, location, problems),
            "goals" => GoalsOf(value, location, problems),
            "chart" => ChartReader.Read(value, location, problems),
            "data-sources" => DataSourcesOf(value, location, problems),
            "rag-tiles" => PackBlockReader.RagTiles(value, location, problems),
            "table" => PackBlockReader.ListTable(value, location, problems),
            "monthly-table" => PackBlockReader.MonthlyTable(value, location, problems),
            "survey-table" => PackBlockReader.SurveyTable(value, location, problems),
            "columns" => ColumnsReader.Read(value, location, problems),
            "tables" => PackBlockReader.SettingsTables(value, location, problems),
            _ => IndicatorTableReader.Read(value, location, problems),
        };

    // An anchor written but empty names nothing; one whose Liquid renders empty (a heading only some goals anchor) is fine.
    private static string? AnchorOf(YamlMap map, ProblemList problems)
    {
        if (map.Mapping.Find("anchor") is not { } entry)
        {
            return null;
        }

        var anchor = map.Text("anchor");
        if (string.IsNullOrWhiteSpace(anchor))
        {
            problems.Error(entry.Key.Location, "'anchor' is empty; name the heading for page columns and links, such as anchor: area-{{ goal.number }}, or leave anchor: out");
            return null;
        }

        return anchor;
    }

    private static YamlMap? Settings(YamlNode node, string kind, string[] keys, ProblemList problems)
    {
        if (YamlValues.Mapping(node, $"'{kind}'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, $"'{kind}'", keys, problems);
        map.CheckKeys();
        return map;
    }

    private static FormTemplate? FormOf(YamlNode node, Core.Diagnostics.SourceLocation location, ProblemList problems)
    {
        if (Settings(node, "form", ["caption", "rows", "headings"], problems) is not { } map)
        {
            return null;
        }

        var rows = new List<FormRowTemplate>();
        if (map.Require("rows", "list the rows, each with label and value") is { } list && YamlValues.List(list, "'rows'", false, problems) is { } items)
        {
            foreach (var item in items)
            {
                if (Settings(item, "a form row", ["label", "value"], problems) is { } row)
                {
                    rows.Add(new FormRowTemplate(row.RequiredText("label", "give the row's label") ?? string.Empty, row.Text("value") ?? string.Empty));
                }
            }
        }

        var headings = FormTemplate.DefaultHeadings;
        if (map.Get("headings") is { } headingsNode && YamlValues.List(headingsNode, "'headings'", false, problems) is { } given)
        {
            var texts = given.Select(h => YamlValues.Text(h, "a heading", problems)?.Trim() ?? string.Empty).ToList();
            if (texts.Count != 2 || texts.Any(t => t.Length == 0))
            {
                problems.Error(headingsNode.Location, "give two headings, for the label column and the value column, such as headings: [Item, Details]");
            }
            else
            {
                headings = texts;
            }
        }

        return new FormTemplate(location, map.RequiredText("caption", "say what the table is, for screen readers") ?? string.Empty, rows, headings);
    }

    private static RagSummaryTemplate? RagSummaryOf(YamlNode node, Core.Diagnostics.SourceLocation location, ProblemList problems) =>
        Settings(node, "rag-summary", ["caption"], problems) is { } map
            ? new RagSummaryTemplate(location, map.RequiredText("caption", "say what the table is, for screen readers") ?? string.Empty)
            : null;

    private static NarrativeTemplate? NarrativeOf(YamlNode node, Core.Diagnostics.SourceLocation location, ProblemList problems)
    {
        if (Settings(node, "narrative", ["key", "heading", "level", "default"], problems) is not { } map)
        {
            return null;
        }

        var key = map.RequiredText("key", "name the commentary section it takes, such as key: financial implications");
        return new NarrativeTemplate(location, (key ?? string.Empty).Trim().ToLowerInvariant(), map.Text("heading"), map.Integer("level", 1, 4) ?? 3, map.Text("default"));
    }

    private static GoalsTemplate? GoalsOf(YamlNode node, Core.Diagnostics.SourceLocation location, ProblemList problems) =>
        Settings(node, "goals", ["level", "highlights", "improvements", "no_indicators"], problems) is { } map
            ? new GoalsTemplate(
                location,
                map.Integer("level", 1, 4) ?? 3,
                map.Text("highlights") ?? "Highlights:",
                map.Text("improvements") ?? "Improvements required:",
                map.Text("no_indicators") ?? "There are no indicators under this goal.")
            : null;

    private static DataSourcesTemplate? DataSourcesOf(YamlNode node, Core.Diagnostics.SourceLocation location, ProblemList problems)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return new DataSourcesTemplate(location, DataSourcesDefaults.Heading, 2, DataSourcesDefaults.Text, DataSourcesDefaults.Caption);
        }

        return Settings(node, "data-sources", ["heading", "level", "text", "caption"], problems) is { } map
            ? new DataSourcesTemplate(
                location,
                map.Text("heading") ?? DataSourcesDefaults.Heading,
                map.Integer("level", 1, 4) ?? 2,
                map.Text("text") ?? DataSourcesDefaults.Text,
                map.Text("caption") ?? DataSourcesDefaults.Caption)
            : null;
    }
}
