using System.Reflection;

namespace ReportGen.Cli;

/// <summary>
/// The small, complete projects that <c>reportgen new</c> writes, one per built-in template: a project file,
/// indicator definitions, two years of monthly data, commentary and, where the template shows them, registers. They
/// are embedded in this assembly (<c>Starters/NAME/…</c>); every name and figure in them is invented.
/// </summary>
internal static class StarterProjects
{
    private const string Prefix = "Starters/";

    private static readonly Assembly Assembly = typeof(StarterProjects).Assembly;

    /// <summary>The templates that have a starter project, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = Resources()
        .Select(resource => resource.Path[Prefix.Length..].Split('/')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The files of the starter for <paramref name="template"/>: each path relative to the project folder (with <c>/</c>), and its bytes.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files(string template)
    {
        var prefix = $"{Prefix}{template}/";
        var files = new List<(string, byte[])>();
        foreach (var (path, name) in Resources().Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            using var stream = Assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add((path[prefix.Length..], copy.ToArray()));
        }

        // Every YAML file of a starter names its schema on its first line, at .reportgen/schemas/ in the project.
        files.AddRange(Schemas().Select(schema => ($"{SchemaFolder}/{schema.Name}", schema.Content)));
        return files;
    }

    /// <summary>Where in a project <c>reportgen new</c> and <c>reportgen init</c> write the JSON Schemas.</summary>
    public const string SchemaFolder = ".reportgen/schemas";

    /// <summary>The JSON Schemas of the project file, indicator files and templates (docs/project-files.md), each by file name.</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Schemas() =>
        Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Schemas/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = Assembly.GetManifestResourceStream(name)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (name["Schemas/".Length..], copy.ToArray());
            })
            .ToList();

    /// <summary>The embedded starter files: each path with <c>/</c> between folders whatever the build machine used, and its resource name.</summary>
    private static IEnumerable<(string Path, string Name)> Resources() =>
        Assembly.GetManifestResourceNames()
            .Select(name => (Path: name.Replace('\\', '/'), Name: name))
            .Where(resource => resource.Path.StartsWith(Prefix, StringComparison.Ordinal));
}
