namespace ReportGen.Ingest.Yaml;

/// <summary>One key and its value in a <see cref="YamlMapping"/>.</summary>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);
