using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Yaml;

/// <summary>A node of a YAML document with where it starts: a <see cref="YamlScalar"/>, <see cref="YamlSequence"/> or <see cref="YamlMapping"/>.</summary>
internal abstract class YamlNode(SourceLocation location)
{
    /// <summary>Where the node starts (its tag or anchor, if it has one).</summary>
    public SourceLocation Location { get; } = location;

    /// <summary>How many nodes this one stands for with every alias inside it expanded (itself included).</summary>
    public abstract int Size { get; }

    /// <summary>What the node is, for messages: "text", "a list" or "a map".</summary>
    public abstract string Kind { get; }
}
