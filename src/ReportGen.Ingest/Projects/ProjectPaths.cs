using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Ingest.Text;
using ReportGen.Ingest.Yaml;

namespace ReportGen.Ingest.Projects;

/// <summary>
/// Resolves the paths written in a project file: relative to the project folder, never leading out of it
/// (<c>../x</c> and absolute paths are errors), and naming what exists where they must.
/// </summary>
/// <param name="directory">The project folder, absolute.</param>
/// <param name="problems">Where problems go.</param>
internal sealed partial class ProjectPaths(string directory, ProblemList problems)
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(directory) + Path.DirectorySeparatorChar;

    /// <summary>The absolute path <paramref name="node"/> names, or <see langword="null"/> with an error.</summary>
    public string? Resolve(YamlNode node, string what, PathKind kind)
    {
        if (node is not YamlScalar)
        {
            YamlValues.Text(node, what, problems);
            return null;
        }

        if (YamlValues.Text(node, what, problems) is not { } written || written.Trim().Length == 0)
        {
            problems.Error(node.Location, $"{what} is empty; write a path relative to the project folder, such as data/measures.csv");
            return null;
        }

        var text = written.Trim().Replace('\\', '/');
        if (Path.IsPathRooted(text) || DriveLetter().IsMatch(text) || text.StartsWith('~'))
        {
            problems.Error(node.Location, $"'{written}' is an absolute path; write the path relative to the project folder, such as data/measures.csv");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, text));
        if (!(full + Path.DirectorySeparatorChar).StartsWith(_root, StringComparison.Ordinal))
        {
            problems.Error(node.Location, $"'{written}' leads outside the project folder; keep the project's files inside it and write paths relative to it");
            return null;
        }

        full = Path.TrimEndingDirectorySeparator(full);
        var isFile = File.Exists(full);
        var isFolder = System.IO.Directory.Exists(full);
        var message = kind switch
        {
            PathKind.File when isFolder => $"'{written}' is a folder; name a file",
            PathKind.File when !isFile => $"'{written}' does not exist; check the path, which is relative to the project folder",
            PathKind.Folder when isFile => $"'{written}' is a file; name a folder",
            PathKind.Folder when !isFolder => $"the folder '{written}' does not exist; create it or check the path, which is relative to the project folder",
            PathKind.FileOrFolder when !isFile && !isFolder => $"'{written}' does not exist; check the path, which is relative to the project folder",
            _ => null,
        };

        if (message is not null)
        {
            problems.Error(node.Location, message);
            return null;
        }

        if (!RealPaths.IsInside(_root, full))
        {
            problems.Error(node.Location, $"'{written}' leads outside the project folder through a symbolic link; {RealPaths.OutsideHint}");
            return null;
        }

        return full;
    }

    /// <summary>The absolute path of <paramref name="relative"/> (a default such as <c>out/</c>).</summary>
    public string Default(string relative) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(_root, relative)));

    /// <summary>
    /// The files directly in <paramref name="folder"/> whose names end in one of <paramref name="extensions"/>, in
    /// ordinal order; one that is a link leading outside the project folder is left out with an error at
    /// <paramref name="location"/> (it is never read).
    /// </summary>
    public IReadOnlyList<string> FilesIn(string folder, SourceLocation location, params string[] extensions)
    {
        var files = new List<string>();
        foreach (var file in System.IO.Directory.EnumerateFiles(folder)
            .Where(f => extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal))
        {
            if (RealPaths.IsInside(_root, file))
            {
                files.Add(file);
            }
            else
            {
                var relative = Path.GetRelativePath(_root, file).Replace('\\', '/');
                problems.Error(location, $"'{relative}' leads outside the project folder through a symbolic link; {RealPaths.OutsideHint}");
            }
        }

        return files;
    }

    [GeneratedRegex("^[A-Za-z]:", RegexOptions.CultureInvariant)]
    private static partial Regex DriveLetter();
}
