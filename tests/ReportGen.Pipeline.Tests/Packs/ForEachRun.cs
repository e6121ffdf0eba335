using System.Text.Json;

namespace ReportGen.Pipeline.Tests.Packs;

/// <summary>Runs <c>reportgen build --for-each</c> (or validate) on a project and reads what it wrote.</summary>
internal static class ForEachRun
{
    /// <summary>The period every run of these tests builds.</summary>
    public static readonly string[] Q3 = ["--quarter", "Q3", "--year", "2016/17"];

    /// <summary>Runs <c>reportgen build</c> with <paramref name="args"/> on <paramref name="project"/>, writing to <paramref name="output"/>.</summary>
    public static (int ExitCode, string Output, string Error) Build(string project, string output, params string[] args) =>
        CommandLine.Run(["build", "--project", project, "--out", output, .. Q3, .. args]);

    /// <summary>
    /// Runs <c>reportgen build</c> with <paramref name="args"/> into <paramref name="output"/>, then moves what it wrote to
    /// <paramref name="keep"/>, so that runs to be compared byte for byte all name the same output folder on their command lines.
    /// </summary>
    public static (int ExitCode, string Output, string Error) BuildAndKeep(string project, string output, string keep, params string[] args)
    {
        var run = Build(project, output, args);
        if (Directory.Exists(output))
        {
            Directory.Move(output, keep);
        }

        return run;
    }

    /// <summary>Every file under <paramref name="folder"/> by its path from there (with '/'), and its bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>The packs a run manifest lists: each group with its folder and its files' paths.</summary>
    public static IReadOnlyList<(string Value, string Folder, string[] Files)> Packs(string manifest) =>
        JsonDocument.Parse(File.ReadAllBytes(manifest)).RootElement.GetProperty("packs").EnumerateArray()
            .Select(p => (p.GetProperty("value").GetString()!, p.GetProperty("folder").GetString()!,
                p.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray()))
            .ToList();

    /// <summary>A copy of the record-level sample whose crimes extract is <paramref name="rewrite"/> of its lines (the header first).</summary>
    public static string SampleWithCrimes(TempFolder folder, string name, Func<IReadOnlyList<string>, IEnumerable<string>> rewrite)
    {
        var copy = Path.Combine(folder.Path, name);
        var source = Repository.Sample("record-level");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !Path.GetRelativePath(source, f).StartsWith("out", StringComparison.Ordinal)))
        {
            var destination = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var crimes = Path.Combine(copy, "data", "crimes.csv");
        File.WriteAllLines(crimes, rewrite(File.ReadAllLines(crimes)));
        return copy;
    }
}
