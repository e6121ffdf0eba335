using System.Collections.ObjectModel;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>
/// Turns a report's free-form <c>settings:</c> into plain values: text (numbers and booleans as written),
/// lists and maps (ordinal keys, file order kept), and null.
/// </summary>
internal static class SettingsReader
{
    public static IReadOnlyDictionary<string, object?> Read(YamlMapping mapping)
    {
        var settings = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            settings.Add(entry.Key.Value, Value(entry.Value));
        }

        return new ReadOnlyDictionary<string, object?>(settings);
    }

    private static object? Value(YamlNode node) => node switch
    {
        YamlScalar scalar => scalar.IsNull ? null : scalar.Value,
        YamlSequence sequence => sequence.Items.Select(Value).ToList().AsReadOnly(),
        YamlMapping mapping => Read(mapping),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.GetType().Name}."),
    };
}
