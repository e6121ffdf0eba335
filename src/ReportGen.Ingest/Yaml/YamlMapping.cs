using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Yaml;

/// <summary>A mapping (a YAML map) with text keys, each key once, in the order written.</summary>
internal sealed class YamlMapping(SourceLocation location, IReadOnlyList<YamlEntry> entries) : YamlNode(location)
{
    /// <summary>The entries in the order written.</summary>
    public IReadOnlyList<YamlEntry> Entries { get; } = entries;

    /// <inheritdoc/>
    public override int Size { get; } = 1 + entries.Sum(e => e.Key.Size + e.Value.Size);

    /// <inheritdoc/>
    public override string Kind => "a map";

    /// <summary>The entry with key <paramref name="key"/> (matched exactly), if any.</summary>
    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }
}
