using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>Reads the project file's <c>registers:</c> map: a CSV file for each of risks, issues, milestones and finance.</summary>
internal sealed class RegistersEntryReader(ProjectPaths paths, ProblemList problems)
{
    public IReadOnlyList<RegisterSource> Read(YamlNode node)
    {
        if (YamlValues.Mapping(node, "'registers'", problems) is not { } mapping)
        {
            return [];
        }

        var map = new YamlMap(mapping, "'registers'", [.. RegisterSource.Names], problems);
        map.CheckKeys();
        var sources = new List<RegisterSource>();
        foreach (var name in RegisterSource.Names)
        {
            if (map.Get(name) is { } value && paths.Resolve(value, YamlMap.Quote(name), PathKind.File) is { } path)
            {
                sources.Add(new RegisterSource(name, path, value.Location));
            }
        }

        return sources;
    }
}
