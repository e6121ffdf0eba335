using System.Globalization;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// One case of the bad-input corpus (<c>BadInput/&lt;case&gt;/</c>, see its README): a small project with one
/// defect, the command line to run (<c>args.txt</c>, one argument a line; <c>build --quarter Q3 --project {project}</c>
/// when absent) and what must come of it (<c>expected.txt</c>: <c># why</c> lines, <c>exit: N</c>, then every line
/// printed on standard error, exactly, with <c>{project}</c> for the project folder).
/// </summary>
internal sealed record BadInputCase(string Name, string Folder, IReadOnlyList<string> Args, int ExitCode, IReadOnlyList<string> ErrorLines)
{
    public const string ProjectToken = "{project}";

    /// <summary>The files of a case folder that describe the case rather than belong to its project.</summary>
    public static readonly IReadOnlySet<string> CaseFiles = new HashSet<string>(StringComparer.Ordinal) { "expected.txt", "args.txt" };

    public static string CorpusFolder { get; } = Path.Combine(FindRoot(), "tests", "ReportGen.Pipeline.Tests", "BadInput");

    /// <summary>The baseline project every case is made from; it builds cleanly.</summary>
    public static string Baseline => Path.Combine(CorpusFolder, "_baseline");

    /// <summary>The cases, in ordinal order of their names (folders starting with <c>_</c> are not cases).</summary>
    public static IReadOnlyList<string> Names() => Directory.EnumerateDirectories(CorpusFolder)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => !name.StartsWith('_'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static BadInputCase Read(string name)
    {
        var folder = Path.Combine(CorpusFolder, name);
        var argsFile = Path.Combine(folder, "args.txt");
        var args = File.Exists(argsFile)
            ? File.ReadAllLines(argsFile).Where(line => line.Length > 0).ToList()
            : ["build", "--quarter", "Q3", "--project", ProjectToken];
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(line => !line.StartsWith('#')).ToList();
        if (expected.Count == 0 || !expected[0].StartsWith("exit: ", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}/expected.txt must start (after # lines) with 'exit: N'.");
        }

        var exitCode = int.Parse(expected[0]["exit: ".Length..], NumberStyles.None, CultureInfo.InvariantCulture);
        return new BadInputCase(name, folder, args, exitCode, expected.Skip(1).Where(line => line.Length > 0).ToList());
    }

    /// <summary>Copies the case's project (without the case files) to <paramref name="target"/>.</summary>
    public void CopyProjectTo(string target) => CopyFolder(Folder, target, CaseFiles);

    public static void CopyFolder(string source, string target, IReadOnlySet<string>? skip = null)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (skip?.Contains(relative) == true || relative.StartsWith("out" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        Directory.CreateDirectory(target);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReportGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (holding ReportGen.sln) was not found above the test folder.");
    }
}
