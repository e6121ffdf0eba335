using System.Diagnostics;

namespace ReportGen.Architecture.Tests;

/// <summary>The repository the tests run in: its root, and the files Git tracks in it.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding <c>ReportGen.sln</c>, found upwards from the test's own folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The paths Git tracks, relative to <see cref="Root"/> with <c>/</c>; read with <c>git ls-files</c>.</summary>
    public static IReadOnlyList<string> Tracked { get; } = ListTracked();

    /// <summary>The text of a tracked file.</summary>
    public static string Read(string relativePath) => File.ReadAllText(Path.Join(Root, relativePath));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Join(directory.FullName, "ReportGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ReportGen.sln not found above the test folder.");
    }

    private static List<string> ListTracked()
    {
        var start = new ProcessStartInfo("git", ["ls-files", "-z"])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var git = Process.Start(start) ?? throw new InvalidOperationException("git could not be started.");
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git ls-files exited with {git.ExitCode}.");
        }

        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(p => File.Exists(Path.Join(Root, p))).ToList();
    }
}
