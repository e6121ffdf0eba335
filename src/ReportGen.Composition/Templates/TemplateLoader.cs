using System.Reflection;
using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest;
using ReportGen.Ingest.Projects;
using ReportGen.Ingest.Text;

namespace ReportGen.Composition.Templates;

/// <summary>
/// Finds and reads report templates: the built-ins (<c>templates/&lt;name&gt;/template.yaml</c> in the repository,
/// embedded in this assembly) and a user's own (a folder holding <c>template.yaml</c>, or a YAML file).
/// </summary>
public static class TemplateLoader
{
    private const string ResourcePrefix = "templates/";
    private const string FileName = "template.yaml";

    /// <summary>The names of the built-in templates, in ordinal order.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = typeof(TemplateLoader).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith("/" + FileName, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^(FileName.Length + 1)])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The template a report names: <paramref name="report"/>'s built-in name or its path.</summary>
    public static LoadResult<ReportTemplate> Load(ProjectFile project, ReportDefinition report)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(report);
        if (report.TemplatePath is not { } path)
        {
            return LoadBuiltIn(report.Template, report.Location);
        }

        var file = Directory.Exists(path) ? Path.Combine(path, FileName) : path;
        if (!RealPaths.IsInside(project.Directory, file))
        {
            var problems = new ProblemList();
            problems.Error(report.Location, $"the template '{project.DisplayPath(file)}' leads outside the project folder through a symbolic link, so it is not read; {RealPaths.OutsideHint}");
            return problems.Result<ReportTemplate>(null);
        }

        return LoadFile(file, project.DisplayPath(file), project.Reads);
    }

    /// <summary>A built-in template by name; an unknown name is an error at <paramref name="location"/> listing the names.</summary>
    public static LoadResult<ReportTemplate> LoadBuiltIn(string name, SourceLocation? location = null)
    {
        var problems = new ProblemList();
        if (BuiltInText(name) is not { } text)
        {
            var hint = Suggestions.Closest(name, BuiltInNames) is { } match ? $"did you mean '{match}'? " : string.Empty;
            problems.Error(location, $"there is no built-in template '{name}'; {hint}the built-in templates are {string.Join(", ", BuiltInNames)}, or give a path to your own");
            return problems.Result<ReportTemplate>(null);
        }

        return problems.Result(TemplateReader.Read(text, $"{ResourcePrefix}{name}/{FileName}", name, problems));
    }

    /// <summary>The text of a built-in template, for <c>reportgen init</c> and tests; <see langword="null"/> for an unknown name.</summary>
    public static string? BuiltInText(string name)
    {
        using var stream = typeof(TemplateLoader).Assembly.GetManifestResourceStream($"{ResourcePrefix}{name}/{FileName}");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static LoadResult<ReportTemplate> LoadFile(string path, string display, InputLog reads)
    {
        var problems = new ProblemList();
        if (!File.Exists(path))
        {
            problems.Error(new SourceLocation(display), "the template file does not exist; give a folder holding template.yaml, or a template's YAML file");
            return problems.Result<ReportTemplate>(null);
        }

        var text = TextFile.ReadText(path, display, problems, reads);
        var name = Path.GetFileName(Path.GetDirectoryName(path)) ?? "template";
        return problems.Result(text is null ? null : TemplateReader.Read(text, display, name, problems));
    }
}
