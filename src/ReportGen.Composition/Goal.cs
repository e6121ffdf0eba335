using ReportGen.Core.Results;

namespace ReportGen.Composition;

/// <summary>A corporate goal or theme and the report's indicators under it.</summary>
/// <param name="Key">The key indicators name in <c>goal:</c> (<c>SAFE</c>).</param>
/// <param name="Title">The goal's words (<c>PEOPLE WILL BE SAFE, IN THEIR HOMES AND IN THE COMMUNITY</c>).</param>
/// <param name="Indicators">The goal's indicators, in report order.</param>
internal sealed record Goal(string Key, string Title, IReadOnlyList<IndicatorResult> Indicators)
{
    /// <summary>
    /// The goal's other keys in the <c>goals</c> setting (<c>lead</c>, <c>aim</c>, <c>assessment</c>…), for templates
    /// as <c>goal.lead</c>; empty for a goal only the indicators name.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// The goals of a report: those listed in the <c>goals</c> setting (maps with <c>key</c> and <c>title</c>, or
    /// plain keys), in that order, then any other goal the indicators name, then "Other indicators" for indicators
    /// without a goal.
    /// </summary>
    public static IReadOnlyList<Goal> Of(IReadOnlyList<IndicatorResult> results, IReadOnlyDictionary<string, object?> settings)
    {
        var goals = new List<(string Key, string Title)>();
        var fields = new Dictionary<string, IReadOnlyDictionary<string, object?>>(StringComparer.OrdinalIgnoreCase);
        if (settings.TryGetValue("goals", out var listed) && listed is IEnumerable<object?> entries)
        {
            foreach (var entry in entries)
            {
                switch (entry)
                {
                    case string key:
                        goals.Add((key, key));
                        break;
                    case IReadOnlyDictionary<string, object?> map when map.TryGetValue("key", out var k) && k is string key:
                        goals.Add((key, map.TryGetValue("title", out var t) && t is string title ? title : key));
                        fields.TryAdd(key, map);
                        break;
                }
            }
        }

        foreach (var goal in results.Select(r => r.Definition.Goal).OfType<string>())
        {
            if (!goals.Exists(g => string.Equals(g.Key, goal, StringComparison.OrdinalIgnoreCase)))
            {
                goals.Add((goal, goal));
            }
        }

        var grouped = goals
            .Select(g => new Goal(g.Key, g.Title, results.Where(r => string.Equals(r.Definition.Goal, g.Key, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                Fields = fields.GetValueOrDefault(g.Key) ?? new Dictionary<string, object?>(StringComparer.Ordinal),
            })
            .ToList();
        var ungrouped = results.Where(r => r.Definition.Goal is null).ToList();
        if (ungrouped.Count > 0)
        {
            grouped.Add(new Goal(string.Empty, "Other indicators", ungrouped));
        }

        return grouped;
    }
}
