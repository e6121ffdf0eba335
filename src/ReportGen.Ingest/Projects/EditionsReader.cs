using ReportGen.Core.Disclosure;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>
/// Reads the project file's <c>editions:</c> (docs/disclosure.md): for <c>public</c> and <c>restricted</c>, the
/// <c>marking</c>, an <c>output</c> folder and whether <c>disclosure_control</c> applies.
/// </summary>
internal static class EditionsReader
{
    public static readonly (string Name, EditionKind Value)[] Names = [("public", EditionKind.Public), ("restricted", EditionKind.Restricted)];

    private static readonly string[] Keys = ["marking", "output", "disclosure_control"];

    public static IReadOnlyDictionary<EditionKind, EditionSettings> Read(YamlNode node, ProjectPaths paths, ProblemList problems)
    {
        var editions = new Dictionary<EditionKind, EditionSettings>();
        if (YamlValues.Mapping(node, "'editions'", problems) is not { } mapping)
        {
            return editions;
        }

        new YamlMap(mapping, "'editions'", [.. Names.Select(n => n.Name)], problems).CheckKeys();
        foreach (var (name, edition) in Names)
        {
            if (mapping.Find(name) is not { } entry || YamlValues.Mapping(entry.Value, $"'{name}'", problems) is not { } settings)
            {
                continue;
            }

            var map = new YamlMap(settings, $"the {name} edition", Keys, problems);
            map.CheckKeys();
            var marking = map.Text("marking")?.Trim();
            editions[edition] = new EditionSettings(
                string.IsNullOrEmpty(marking) ? EditionSettings.Default(edition).Marking : marking,
                map.Get("output") is { } output ? paths.Resolve(output, "'output'", PathKind.Any) : null,
                map.Boolean("disclosure_control") ?? true);
        }

        return editions;
    }
}
