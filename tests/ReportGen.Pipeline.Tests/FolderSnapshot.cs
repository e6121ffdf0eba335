using System.Security.Cryptography;

namespace ReportGen.Pipeline.Tests;

/// <summary>Every file and folder under a folder with the SHA-256 of each file, to show that nothing changed.</summary>
internal sealed record FolderSnapshot(IReadOnlyDictionary<string, string> Entries)
{
    public static FolderSnapshot Of(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories))
        {
            entries[Path.GetRelativePath(folder, directory) + "/"] = "folder";
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            // A named pipe (which FullDiskTests puts there) is recorded as one, never read.
            entries[Path.GetRelativePath(folder, file)] = OperatingSystem.IsLinux() && Output.Posix.Status(file)?.Kind == Output.EntryKind.Other
                ? "special"
                : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return new FolderSnapshot(entries);
    }

    /// <summary>What differs from <paramref name="before"/>, one line each; empty when nothing does.</summary>
    public IReadOnlyList<string> ChangesSince(FolderSnapshot before)
    {
        var changes = new List<string>();
        foreach (var (path, hash) in Entries)
        {
            if (!before.Entries.TryGetValue(path, out var was))
            {
                changes.Add($"added {path}");
            }
            else if (was != hash)
            {
                changes.Add($"changed {path}");
            }
        }

        changes.AddRange(before.Entries.Keys.Where(path => !Entries.ContainsKey(path)).Select(path => $"removed {path}"));
        return changes;
    }
}
