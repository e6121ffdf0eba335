using System.Security.Cryptography;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// Writes a build's outputs so that none is ever half-written and a failed build leaves the folder as it was.
/// Each output goes to a temporary file beside its target first, named for this build alone (process, build and
/// a random part, so that two builds in one process or in two processes never share one). Only when all are
/// written are they renamed into place (a rename within a folder is atomic), under an <see cref="OutputLock"/> so
/// that two builds writing to one folder at once leave the outputs of one of them, never a mixture. Should a
/// rename fail (a file held open on Windows), the outputs already replaced are put back from copies taken just
/// before.
/// </summary>
internal static class OutputWriter
{
    private static int _builds;

    /// <summary>Writes <paramref name="files"/>; on failure adds a problem and returns nothing.</summary>
    /// <param name="files">The outputs.</param>
    /// <param name="problems">Where a failure is reported.</param>
    /// <param name="beforeReplacing">Called before each target is replaced; for tests, to make a rename fail.</param>
    public static IReadOnlyList<string> WriteAll(IReadOnlyList<OutputFile> files, List<Problem> problems, Action<string>? beforeReplacing = null)
    {
        var build = $"{Environment.ProcessId}-{Interlocked.Increment(ref _builds)}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}";
        if (files.FirstOrDefault(f => Directory.Exists(f.Path)) is { } blocked)
        {
            problems.Add(Problem.Error(null, $"could not write the outputs: '{blocked.Path}' is a folder; move it away or choose another output folder"));
            return [];
        }

        var staged = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var file in files)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
                Directory.CreateDirectory(folder);
                var temporary = Path.Combine(folder, $".{Path.GetFileName(file.Path)}.{build}.tmp");
                staged.Add((temporary, file.Path));
                using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                stream.Write(file.Bytes);
                stream.Flush(flushToDisk: true);
            }

            var folders = staged.Select(s => Path.GetDirectoryName(Path.GetFullPath(s.Target))!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            using (OutputLock.Take(folders))
            {
                Replace(staged, build, beforeReplacing);
            }

            return files.Select(f => f.Path).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem.Error(null, $"could not write the outputs ({e.Message}); check that the output folder can be written"));
            foreach (var (temporary, _) in staged)
            {
                TryDelete(temporary);
            }

            return [];
        }
    }

    private static void Replace(List<(string Temporary, string Target)> staged, string build, Action<string>? beforeReplacing)
    {
        var done = new List<(string Target, string? Backup)>();
        try
        {
            foreach (var (temporary, target) in staged)
            {
                beforeReplacing?.Invoke(target);
                var backup = File.Exists(target) ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.{build}.bak") : null;
                if (backup is not null)
                {
                    File.Copy(target, backup);
                }

                done.Add((target, backup));
                File.Move(temporary, target, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            foreach (var (target, backup) in Enumerable.Reverse(done))
            {
                if (backup is null)
                {
                    TryDelete(target);
                }
                else
                {
                    TryRestore(backup, target);
                }
            }

            throw;
        }

        foreach (var (_, backup) in done)
        {
            if (backup is not null)
            {
                TryDelete(backup);
            }
        }
    }

    private static void TryRestore(string backup, string target)
    {
        try
        {
            File.Move(backup, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done here; the copy is left beside the target, named for what it is.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is harmless and named for what it is.
        }
    }
}
