using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// Writes a build's outputs so that none is ever half-written and a failed build leaves the folder as it was. On
/// Linux the outputs are written into a staging folder beside the output folder and the two folders are swapped in one
/// step (<see cref="FolderSwap"/>): a reader, or a build killed at any moment, sees the whole old set or the whole new
/// one. Where a folder cannot be swapped, each output goes to a temporary file beside its target, named for this build
/// alone (process, build and a random part, so that two builds in one process or in two processes never share one),
/// and only when all are written are they renamed into place (a rename within a folder is atomic); should a rename fail
/// (a file held open on Windows), the outputs already replaced are put back from copies taken just before. Either way
/// the outputs are put in place under an <see cref="OutputLock"/>, so that two builds writing to one folder at once
/// leave the outputs of one of them, never a mixture. A build killed part-way leaves its staging folder, temporary files
/// and copies behind; each later build removes them under the lock, before putting its own in place, by their exact
/// names and only those of a process no longer running.
/// </summary>
internal static partial class OutputWriter
{
    private static int _builds;

    /// <summary>Writes <paramref name="files"/>; on failure adds a problem and returns nothing.</summary>
    /// <param name="files">The outputs.</param>
    /// <param name="problems">Where a failure is reported.</param>
    /// <param name="beforeReplacing">Called before each target is replaced one at a time; for tests, to make a rename fail.</param>
    /// <param name="writing">Wraps the stream of each file written (new files, staged or temporary, and backup copies, by path); for tests, to fill the disk.</param>
    /// <param name="renaming">Called just before each temporary file is renamed onto its target; for tests, to make the rename fail.</param>
    /// <param name="restoring">Called just before a backup copy is moved (from, to) while undoing a failed write; for tests, to make that fail too.</param>
    /// <param name="staging">Called with each path about to be made while the output folder is mirrored; for tests, to refuse one.</param>
    /// <param name="exchanging">Called (staging folder, output folder) just before they are swapped; for tests, to change the folder meanwhile or refuse the swap.</param>
    /// <param name="progress">Told how the outputs were put in place (<c>--verbose</c>).</param>
    /// <param name="project">The build's project folder: the output folder is not swapped whole if it is this folder or holds it.</param>
    public static IReadOnlyList<string> WriteAll(
        IReadOnlyList<OutputFile> files,
        List<Problem> problems,
        Action<string>? beforeReplacing = null,
        Func<string, Stream, Stream>? writing = null,
        Action<string>? renaming = null,
        Action<string, string>? restoring = null,
        Action<string>? staging = null,
        Action<string, string>? exchanging = null,
        IProgress<string>? progress = null,
        string? project = null)
    {
        var build = $"{Environment.ProcessId}-{Interlocked.Increment(ref _builds)}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}";
        if (files.FirstOrDefault(f => Directory.Exists(f.Path)) is { } blocked)
        {
            problems.Add(Problem.Error(null, $"could not write the outputs: '{blocked.Path}' is a folder; move it away or choose another output folder"));
            return [];
        }

        var root = FolderSwap.CommonFolder(files.Select(f => Path.GetFullPath(f.Path)));
        var swap = FolderSwap.Begin(root, build, project, out var refusal);
        var staged = new List<(string Temporary, string Target)>();
        try
        {
            if (swap is null)
            {
                WriteTemporaries(files, build, writing, staged);
            }
            else
            {
                foreach (var file in files)
                {
                    var path = swap.PathFor(file.Path);
                    WriteNew(path, stream => stream.Write(file.Bytes), writing, flushToDisk: true);
                    swap.Written(file.Path, path);
                }
            }

            var folders = files.Select(f => Path.GetDirectoryName(Path.GetFullPath(f.Path))!).Append(root).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            using (OutputLock.Take(folders))
            {
                RemoveLeftovers(folders);
                FolderSwap.RemoveLeftovers(root);
                if (swap is not null)
                {
                    refusal = swap.Swap(problems, staging, exchanging);
                    if (refusal is null)
                    {
                        progress?.Report($"put the outputs in place by swapping '{root}' for its new copy in one step");
                        return files.Select(f => f.Path).ToList();
                    }

                    // Nothing visible has changed: the same files, one at a time.
                    WriteTemporaries(files, build, writing, staged);
                }

                progress?.Report($"putting the outputs in place one file at a time: '{root}' cannot be swapped whole ({refusal})");
                Replace(staged, build, beforeReplacing, writing, renaming, restoring);
            }

            return files.Select(f => f.Path).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var unrestored = e is OutputsNotRestoredException notRestored ? $"; {notRestored.WhatWasLeft}" : "";
            problems.Add(Problem.Error(null, $"could not write the outputs ({e.Message}); check that the output folder can be written{unrestored}"));
            foreach (var (temporary, _) in staged)
            {
                TryDelete(temporary);
            }

            swap?.Discard();
            return [];
        }
    }

    /// <summary>Writes each file to a temporary file beside its target, named for this build (<paramref name="staged"/> lists them as they are begun).</summary>
    private static void WriteTemporaries(IReadOnlyList<OutputFile> files, string build, Func<string, Stream, Stream>? writing, List<(string Temporary, string Target)> staged)
    {
        foreach (var file in files)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, $".{Path.GetFileName(file.Path)}.{build}.tmp");
            staged.Add((temporary, file.Path));
            WriteNew(temporary, stream => stream.Write(file.Bytes), writing, flushToDisk: true);
        }
    }

    private static void Replace(
        List<(string Temporary, string Target)> staged,
        string build,
        Action<string>? beforeReplacing,
        Func<string, Stream, Stream>? writing,
        Action<string>? renaming,
        Action<string, string>? restoring)
    {
        var done = new List<(string Target, string? Backup, bool Replaced)>();
        string? copying = null;
        try
        {
            foreach (var (temporary, target) in staged)
            {
                beforeReplacing?.Invoke(target);
                var backup = File.Exists(target) ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.{build}.bak") : null;
                if (backup is not null)
                {
                    // Until the copy is whole it is no backup: should it fail (a full disk), the part written is removed.
                    copying = backup;
                    using (var source = File.OpenRead(target))
                    {
                        WriteNew(backup, source.CopyTo, writing, flushToDisk: false);
                    }

                    copying = null;
                }

                done.Add((target, backup, false));
                renaming?.Invoke(target);
                File.Move(temporary, target, overwrite: true);
                done[^1] = (target, backup, true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (copying is not null)
            {
                TryDelete(copying);
            }

            var left = new List<string>();
            foreach (var (target, backup, replaced) in Enumerable.Reverse(done))
            {
                if (!replaced)
                {
                    // The target was never touched: its copy is not needed.
                    if (backup is not null)
                    {
                        TryDelete(backup);
                    }
                }
                else if (backup is null)
                {
                    if (TryDelete(target) is { } failure)
                    {
                        left.Add($"the new '{target}' could not be removed ({failure})");
                    }
                }
                else if (TryRestore(backup, target, restoring) is { } failure)
                {
                    left.Add($"the previous '{target}' could not be put back ({failure}): {Keep(backup, target, build, restoring)}");
                }
            }

            if (left.Count > 0)
            {
                throw new OutputsNotRestoredException(e.Message, string.Join("; ", left), e);
            }

            throw;
        }

        foreach (var (_, backup, _) in done)
        {
            if (backup is not null)
            {
                TryDelete(backup);
            }
        }
    }

    /// <summary>Creates <paramref name="path"/> (never one that exists) and writes it with <paramref name="write"/>, through <paramref name="writing"/> if given.</summary>
    private static void WriteNew(string path, Action<Stream> write, Func<string, Stream, Stream>? writing, bool flushToDisk)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        var stream = writing?.Invoke(path, file) ?? file;
        write(stream);
        stream.Flush();
        file.Flush(flushToDisk);
    }

    /// <summary>
    /// Removes what earlier builds left in <paramref name="folders"/> when they were killed: files named exactly as
    /// this class names its temporary files and copies, of a process that is no longer running (a build still
    /// running, in this process or another, keeps its own). Called under the folders' lock.
    /// </summary>
    private static void RemoveLeftovers(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var path in Directory.EnumerateFiles(folder, ".*"))
            {
                if (OfProcessGone(Leftover().Match(Path.GetFileName(path))))
                {
                    TryDelete(path);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="match"/>, of a leftover's name, names (group <c>process</c>) a process no longer running.</summary>
    internal static bool OfProcessGone(Match match) =>
        match.Success
        && int.TryParse(match.Groups["process"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var process)
        && !IsRunning(process);

    /// <summary>Whether the process <paramref name="process"/> (this one included) is running.</summary>
    private static bool IsRunning(int process)
    {
        if (process == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var running = Process.GetProcessById(process);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The names of <see cref="WriteAll"/>'s temporary files and copies: <c>.{name}.{process}-{build}-{8 hex}.tmp</c> or <c>.bak</c>.</summary>
    [GeneratedRegex(@"^\..+\.(?<process>[1-9][0-9]{0,9})-[1-9][0-9]{0,9}-[0-9a-f]{8}\.(tmp|bak)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();

    /// <summary>Moves <paramref name="backup"/> back onto <paramref name="target"/>; the failure's message, or null.</summary>
    private static string? TryRestore(string backup, string target, Action<string, string>? restoring)
    {
        try
        {
            restoring?.Invoke(backup, target);
            File.Move(backup, target, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// Keeps a copy that could not be put back under a name no later build removes (<c>{name}.previous-{build}</c>,
    /// beside the target), and says where it is; should even that rename fail, the copy stays where it is, and the
    /// sentence says so and that the next build would remove it.
    /// </summary>
    private static string Keep(string backup, string target, string build, Action<string, string>? restoring)
    {
        var kept = $"{target}.previous-{build}";
        try
        {
            restoring?.Invoke(backup, kept);
            File.Move(backup, kept, overwrite: false);
            return $"it is kept as '{kept}'";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"it is kept as '{backup}' (copy it away: the next build removes it)";
        }
    }

    /// <summary>Deletes <paramref name="path"/>; the failure's message, or null.</summary>
    private static string? TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is harmless and named for what it is.
            return e.Message;
        }
    }

    /// <summary>A failed write after which some outputs could not be put back as they were; says what is where.</summary>
    private sealed class OutputsNotRestoredException(string message, string whatWasLeft, Exception inner) : IOException(message, inner)
    {
        /// <summary>What could not be undone, and where the previous files are.</summary>
        public string WhatWasLeft { get; } = whatWasLeft;
    }
}
