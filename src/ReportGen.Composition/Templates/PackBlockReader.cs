using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Composition.Templates;

/// <summary>
/// Reads the blocks the thematic dashboard and the measure sheets brought: <c>rag-tiles</c>, <c>table</c> (a row per
/// goal or register row), <c>monthly-table</c>, <c>survey-table</c> and <c>tables</c> (tables written in the settings).
/// </summary>
internal static class PackBlockReader
{
    /// <summary>What a <c>table</c> block may list: the goals, or a register's rows.</summary>
    public static readonly string[] Lists = [ListTableTemplate.Goals, "risks", "issues", "milestones", "finance"];

    private static readonly (string, MonthlyRow)[] MonthlyRows =
    [
        ("last_year", MonthlyRow.LastYear), ("this_year", MonthlyRow.ThisYear), ("change", MonthlyRow.Change),
        ("last_year_ytd", MonthlyRow.LastYearYtd), ("this_year_ytd", MonthlyRow.ThisYearYtd), ("change_ytd", MonthlyRow.ChangeYtd),
        ("forecast", MonthlyRow.Forecast),
    ];

    private const string CaptionAdvice = "say what the table shows, for screen readers";

    private static readonly (string, RagTilesCount)[] TileCounts = [("indicators", RagTilesCount.Indicators), ("ratings", RagTilesCount.Ratings)];

    public static RagTilesTemplate? RagTiles(YamlNode node, SourceLocation location, ProblemList problems)
    {
        if (Map(node, "rag-tiles", ["caption", "count"], problems) is not { } map)
        {
            return null;
        }

        return new RagTilesTemplate(location, map.RequiredText("caption", "say what the tiles count, for screen readers") ?? string.Empty)
        {
            Count = map.Get("count") is { } count ? YamlValues.Choice(count, "'count'", TileCounts, problems) ?? RagTilesCount.Indicators : RagTilesCount.Indicators,
        };
    }

    public static ListTableTemplate? ListTable(YamlNode node, SourceLocation location, ProblemList problems)
    {
        if (Map(node, "table", ["caption", "rows", "columns", "where", "empty"], problems) is not { } map)
        {
            return null;
        }

        var rows = map.RequiredText("rows", $"say what the table lists: {string.Join(", ", Lists)}")?.Trim();
        if (rows is not null && !Lists.Contains(rows, StringComparer.Ordinal))
        {
            problems.Error(map.Get("rows")!.Location, $"'rows' is '{rows}'; write {Suggestions.OneOf(Lists)}{Suggestions.DidYouMean(rows, Lists)}");
        }

        return new ListTableTemplate(
            location,
            map.RequiredText("caption", CaptionAdvice) ?? string.Empty,
            rows ?? string.Empty,
            IndicatorTableReader.Columns(map, location, IndicatorTableReader.ListKinds, allowTotal: true, problems))
        {
            Where = map.Text("where"),
            Empty = map.Text("empty"),
        };
    }

    public static MonthlyTableTemplate? MonthlyTable(YamlNode node, SourceLocation location, ProblemList problems)
    {
        if (Map(node, "monthly-table", ["caption", "indicator", "indicators", "rows", "title"], problems) is not { } map)
        {
            return null;
        }

        var rows = map.Get("rows") is { } list && YamlValues.List(list, "'rows'", singleAllowed: true, problems) is { } items
            ? items.Select(item => YamlValues.Choice(item, "an entry of 'rows'", MonthlyRows, problems)).OfType<MonthlyRow>().ToList()
            : [.. MonthlyTableTemplate.AllRows];
        return new MonthlyTableTemplate(location, map.RequiredText("caption", CaptionAdvice) ?? string.Empty, Indicators(map, problems), rows)
        {
            Title = map.Text("title"),
        };
    }

    public static SurveyTableTemplate? SurveyTable(YamlNode node, SourceLocation location, ProblemList problems)
    {
        string[] keys = ["caption", "indicator", "indicators", "title", "years", "value_label", "numerator_label", "denominator_label"];
        if (Map(node, "survey-table", keys, problems) is not { } map)
        {
            return null;
        }

        var defaults = new SurveyTableTemplate(location, string.Empty, null);
        return new SurveyTableTemplate(location, map.RequiredText("caption", CaptionAdvice) ?? string.Empty, Indicators(map, problems))
        {
            Title = map.Text("title"),
            Years = map.Integer("years", 1, 6) ?? defaults.Years,
            ValueLabel = map.Text("value_label") ?? defaults.ValueLabel,
            NumeratorLabel = map.Text("numerator_label") ?? defaults.NumeratorLabel,
            DenominatorLabel = map.Text("denominator_label") ?? defaults.DenominatorLabel,
        };
    }

    /// <summary><c>indicator: X</c> (one) or <c>indicators: [..]</c>; neither is every indicator in scope.</summary>
    private static IReadOnlyList<string>? Indicators(YamlMap map, ProblemList problems)
    {
        if (map.Text("indicator") is { } one)
        {
            if (map.Get("indicators") is { } both)
            {
                problems.Error(both.Location, "give 'indicator' (one) or 'indicators' (a list), not both");
            }

            return [one];
        }

        return IndicatorTableReader.Ids(map, "indicators", problems);
    }

    /// <summary><c>tables: goal.tables</c> or <c>tables: { from: settings.tables }</c>: where the list of tables is.</summary>
    public static SettingsTablesTemplate? SettingsTables(YamlNode node, SourceLocation location, ProblemList problems)
    {
        YamlNode? from = node;
        if (node is YamlMapping)
        {
            if (Map(node, "tables", ["from"], problems) is not { } map || map.Require("from", "name the list of tables, such as from: goal.tables") is not { } given)
            {
                return null;
            }

            from = given;
        }

        var text = YamlValues.Text(from, "'from'", problems)?.Trim();
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('.');
        if (parts.Length != 2 || parts[0] is not (SettingsTablesTemplate.GoalScope or SettingsTablesTemplate.SettingsScope)
            || parts[1].Length == 0 || !parts[1].All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            problems.Error(from.Location, $"'{text}' names no list of tables; write goal.<key> (a key of the goal in the goals setting) or settings.<key>, such as goal.tables");
            return null;
        }

        return new SettingsTablesTemplate(location, parts[0], parts[1]);
    }

    private static YamlMap? Map(YamlNode node, string kind, string[] keys, ProblemList problems)
    {
        if (YamlValues.Mapping(node, $"'{kind}'", problems) is not { } mapping)
        {
            return null;
        }

        var map = new YamlMap(mapping, $"'{kind}'", keys, problems);
        map.CheckKeys();
        return map;
    }
}
