using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Yaml;

/// <summary>A scalar: text as written (numbers and booleans stay text until a reader asks for them).</summary>
internal sealed class YamlScalar(SourceLocation location, string value, bool isPlain) : YamlNode(location)
{
    /// <summary>The scalar's text, unquoted.</summary>
    public string Value { get; } = value;

    /// <summary>Whether it was written without quotes (only then is <c>~</c> or an empty value null).</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>Whether it is YAML's null: nothing, <c>~</c> or <c>null</c>, unquoted.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc/>
    public override int Size => 1;

    /// <inheritdoc/>
    public override string Kind => "text";
}
