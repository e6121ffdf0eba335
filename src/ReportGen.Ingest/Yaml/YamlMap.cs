using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Yaml;

/// <summary>
/// Reads the keys of one YAML map by name, adding problems as it goes, and checks that the map has no keys
/// beyond the <paramref name="knownKeys"/> (suggesting the closest known key for a typo).
/// </summary>
/// <param name="mapping">The map.</param>
/// <param name="subject">What the map is, for messages: "an indicator", "the project file".</param>
/// <param name="knownKeys">Every key the map may have.</param>
/// <param name="problems">Where problems go.</param>
internal sealed class YamlMap(YamlMapping mapping, string subject, IReadOnlyList<string> knownKeys, ProblemList problems)
{
    /// <summary>The map read.</summary>
    public YamlMapping Mapping { get; } = mapping;

    /// <summary>Where problems go.</summary>
    public ProblemList Problems { get; } = problems;

    /// <summary>Where the map starts.</summary>
    public SourceLocation Location => Mapping.Location;

    /// <summary>The value of <paramref name="key"/>, if given and not null.</summary>
    public YamlNode? Get(string key)
    {
        if (!knownKeys.Contains(key, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{key}' is not a known key of {subject}.", nameof(key));
        }

        return Mapping.Find(key)?.Value is { } value && value is not YamlScalar { IsNull: true } ? value : null;
    }

    /// <summary>The value of <paramref name="key"/>; when it is missing or empty, an error saying what to write.</summary>
    public YamlNode? Require(string key, string advice)
    {
        var value = Get(key);
        if (value is null)
        {
            var entry = Mapping.Find(key);
            Problems.Error(entry?.Key.Location ?? Location, entry is null ? $"'{key}' is missing; {advice}" : $"'{key}' is empty; {advice}");
        }

        return value;
    }

    /// <summary>The text of <paramref name="key"/>, if given.</summary>
    public string? Text(string key) => Get(key) is { } node ? YamlValues.Text(node, Quote(key), Problems) : null;

    /// <summary>The text of <paramref name="key"/>; an error when missing.</summary>
    public string? RequiredText(string key, string advice) =>
        Require(key, advice) is { } node ? YamlValues.Text(node, Quote(key), Problems) : null;

    /// <summary>The number of <paramref name="key"/>, if given.</summary>
    public decimal? Number(string key, bool allowPercent) =>
        Get(key) is { } node ? YamlValues.Number(node, Quote(key), allowPercent, Problems) : null;

    /// <summary>The whole number of <paramref name="key"/>, if given.</summary>
    public int? Integer(string key, int min, int max) =>
        Get(key) is { } node ? YamlValues.Integer(node, Quote(key), min, max, Problems) : null;

    /// <summary>The true or false of <paramref name="key"/>, if given.</summary>
    public bool? Boolean(string key) => Get(key) is { } node ? YamlValues.Boolean(node, Quote(key), Problems) : null;

    /// <summary>The choice of <paramref name="key"/>, if given.</summary>
    public T? Choice<T>(string key, IReadOnlyList<(string Name, T Value)> choices)
        where T : struct =>
        Get(key) is { } node ? YamlValues.Choice(node, Quote(key), choices, Problems) : null;

    /// <summary>The map of <paramref name="key"/>, if given.</summary>
    public YamlMapping? Map(string key) => Get(key) is { } node ? YamlValues.Mapping(node, Quote(key), Problems) : null;

    /// <summary>Errors for every key that is not known, with a suggestion where one is close.</summary>
    public void CheckKeys()
    {
        foreach (var entry in Mapping.Entries)
        {
            var key = entry.Key.Value;
            if (knownKeys.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var hint = Suggestions.Closest(key, knownKeys) is { } match
                ? $"did you mean '{match}'?"
                : $"the keys are {string.Join(", ", knownKeys)}";
            Problems.Error(entry.Key.Location, $"'{key}' is not a key of {subject}; {hint}");
        }
    }

    /// <summary>A key quoted for messages.</summary>
    public static string Quote(string key) => $"'{key}'";
}
