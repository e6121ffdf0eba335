using ReportGen.Ingest.Projects;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest;

/// <summary>Reads a report project's <c>reportgen.yaml</c> (or <c>reportgen.yml</c>).</summary>
public static class ProjectLoader
{
    /// <summary>The project file's names, in the order looked for.</summary>
    public static IReadOnlyList<string> FileNames { get; } = ["reportgen.yaml", "reportgen.yml"];

    /// <summary>
    /// Reads the project file in <paramref name="projectDirectory"/>, checking every key and path. Problems name
    /// files by <paramref name="projectDirectory"/> as given, joined with their path inside the project.
    /// </summary>
    /// <param name="projectDirectory">The project folder, absolute or relative to the current directory.</param>
    public static LoadResult<ProjectFile> Load(string projectDirectory)
    {
        ArgumentNullException.ThrowIfNull(projectDirectory);
        var problems = new ProblemList();
        var display = projectDirectory.Length == 0 ? "." : projectDirectory;
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(display));
        if (!Directory.Exists(directory))
        {
            problems.Error(null, $"the project folder '{display}' does not exist; give the folder that holds reportgen.yaml");
            return problems.Result<ProjectFile>(null);
        }

        var found = FileNames.Select(n => Path.Join(directory, n)).Where(File.Exists).ToArray();
        if (found.Length == 0)
        {
            problems.Error(null, $"the folder '{display}' has no reportgen.yaml; run in a report project's folder, give it with --project, or create reportgen.yaml there");
            return problems.Result<ProjectFile>(null);
        }

        var shell = new ProjectFile
        {
            Directory = directory,
            DisplayDirectory = display,
            FilePath = found[0],
            Title = string.Empty,
            CommentaryDirectory = Path.Join(directory, "commentary"),
            OutputDirectory = Path.Join(directory, "out"),
        };
        var displayPath = shell.DisplayPath(shell.FilePath);
        if (found.Length > 1)
        {
            problems.Warning(new(shell.DisplayPath(found[1])), "is ignored because reportgen.yaml is read; delete one of the two");
        }

        if (TextFile.ReadText(shell.FilePath, displayPath, problems, shell.Reads) is not { } text)
        {
            return problems.Result<ProjectFile>(null);
        }

        var documents = YamlLoader.Load(text, displayPath, problems);
        if (problems.HasErrors && documents.Count == 0)
        {
            return problems.Result<ProjectFile>(null);
        }

        if (documents.Count != 1 || documents[0] is not YamlMapping root)
        {
            var location = documents.Count > 1 ? documents[1].Location : documents.Count == 1 ? documents[0].Location : new(displayPath);
            problems.Error(location, documents.Count switch
            {
                0 => "the project file is empty; it needs at least title, data and reports (see docs/project-files.md)",
                1 => $"the project file is {documents[0].Kind}; it must be a map of keys such as title, data and reports",
                _ => "the project file holds more than one YAML document; keep one (remove the '---' lines)",
            });
            return problems.Result<ProjectFile>(null);
        }

        var project = new ProjectFileReader(shell, problems).Read(root);
        return problems.Result(project);
    }
}
