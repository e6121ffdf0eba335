using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Yaml;

/// <summary>A sequence (a YAML list).</summary>
internal sealed class YamlSequence(SourceLocation location, IReadOnlyList<YamlNode> items) : YamlNode(location)
{
    /// <summary>The items in order.</summary>
    public IReadOnlyList<YamlNode> Items { get; } = items;

    /// <inheritdoc/>
    public override int Size { get; } = 1 + items.Sum(i => i.Size);

    /// <inheritdoc/>
    public override string Kind => "a list";
}
