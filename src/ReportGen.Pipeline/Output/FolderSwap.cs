using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// Puts a build's outputs in place by swapping the whole output folder in one step (Linux): the new outputs are
/// written into a staging folder beside it (<c>.{name}.{process}-{build}-{8 hex}.stage</c>, on the same file system);
/// under the output lock every other entry of the output folder is mirrored into it (files by a second name, a hard
/// link, so a user's file is the very same file; folders made anew with the same mode and owner; symbolic links with
/// the same target), and <c>renameat2(RENAME_EXCHANGE)</c> swaps the two folders, so that a reader sees the whole old
/// tree or the whole new one. The old tree, now at the staging folder's name, is then gone through for anything another
/// program saved into the output folder meanwhile, which is moved over, and removed. Whenever the swap cannot be done
/// before anything visible changed (not Linux, a file system without the exchange, a mount point, a hard link refused,
/// a named pipe or a device in the folder, more than <see cref="MostEntries"/> entries, a folder with extended
/// attributes, the build's current folder or project folder or one above either), the staging folder is removed and the caller puts the files in place one at a time instead.
/// </summary>
internal sealed partial class FolderSwap
{
    /// <summary>The most entries (files, folders and links, at every depth) an output folder may hold to be mirrored.</summary>
    public const int MostEntries = 10_000;

    private readonly string _build;

    /// <summary>The build's project folder, which is never swapped, nor any folder holding it.</summary>
    private readonly string? _project;

    /// <summary>Each output's full path and the inode of its new file in the staging folder.</summary>
    private readonly Dictionary<string, ulong> _written = new(StringComparer.Ordinal);

    private FolderSwap(string root, string stage, string build, string? project = null)
    {
        _project = project;
        Root = root;
        Stage = stage;
        _build = build;
    }

    /// <summary>The output folder: the deepest folder holding every output of the build.</summary>
    public string Root { get; }

    /// <summary>The staging folder, beside <see cref="Root"/>.</summary>
    public string Stage { get; }

    /// <summary>
    /// Makes the staging folder for <paramref name="root"/>, or says why the folder cannot be swapped
    /// (<paramref name="refusal"/>) and returns null; a <paramref name="project"/> folder inside it, or it itself, is
    /// such a reason.
    /// </summary>
    public static FolderSwap? Begin(string root, string build, string? project, out string? refusal)
    {
        refusal = Refusal(root, project);
        try
        {
            // What the folder holds is checked again, under the lock, as it is mirrored; checked now, a folder that
            // cannot be swapped costs no staging.
            if (refusal is null && Posix.Status(root) is { } status)
            {
                var entries = 0;
                new FolderSwap(root, root, build).Mirror(root, null, status, null, ref entries);
            }
        }
        catch (Exception e) when (e is SwapRefusedException or IOException or UnauthorizedAccessException)
        {
            refusal = e.Message;
        }

        if (refusal is not null)
        {
            return null;
        }

        var stage = Path.Combine(Path.GetDirectoryName(root)!, $".{Path.GetFileName(root)}.{build}.stage");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(root)!);
            Directory.CreateDirectory(stage);
            return new FolderSwap(root, stage, build, project);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refusal = $"no folder can be made beside it ({e.Message})";
            return null;
        }
    }

    /// <summary>The deepest folder holding every one of <paramref name="targets"/> (full paths).</summary>
    public static string CommonFolder(IEnumerable<string> targets)
    {
        string? common = null;
        foreach (var folder in targets.Select(t => Path.GetDirectoryName(t) ?? t))
        {
            common ??= folder;
            while (!(folder == common || folder.StartsWith(Path.EndsInDirectorySeparator(common) ? common : common + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                common = Path.GetDirectoryName(common) ?? common;
            }
        }

        return common ?? Path.GetFullPath(".");
    }

    /// <summary>Where the new file for <paramref name="target"/> is written, its folder made.</summary>
    public string PathFor(string target)
    {
        var path = Path.Combine(Stage, Path.GetRelativePath(Root, Path.GetFullPath(target)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Records that <paramref name="target"/>'s new file is written, whole, at <paramref name="path"/>.</summary>
    public void Written(string target, string path) =>
        _written[Path.GetFullPath(target)] = Posix.Status(path)?.Inode ?? throw new IOException($"the file just written is gone : '{path}'");

    /// <summary>
    /// Mirrors the output folder into the staging folder and swaps them; then keeps whatever was saved into the
    /// output folder meanwhile and removes the old tree. Call under the output lock. Returns null when the outputs are
    /// in place, or why the folder could not be swapped: then nothing visible has changed and the staging folder is gone.
    /// </summary>
    /// <param name="problems">Where a warning goes should something saved meanwhile not be moved over.</param>
    /// <param name="staging">Called with each path about to be made in the staging folder; for tests.</param>
    /// <param name="exchanging">Called (staging folder, output folder) just before the swap; for tests.</param>
    public string? Swap(List<Problem> problems, Action<string>? staging, Action<string, string>? exchanging)
    {
        EntryStatus? before;
        try
        {
            // Checked again under the lock: the folder could have become a link or a mount point since.
            if (Refusal(Root, _project) is { } refusal)
            {
                throw new SwapRefusedException(refusal);
            }

            before = Posix.Status(Root);
            if (before is not null)
            {
                var entries = 0;
                Mirror(Root, Stage, before, staging, ref entries);
            }

            foreach (var (target, inode) in _written)
            {
                if (Posix.Status(Path.Combine(Stage, Path.GetRelativePath(Root, target))) is not { Kind: EntryKind.File } written || written.Inode != inode)
                {
                    throw new SwapRefusedException($"the staging folder was changed by another program ('{target}')");
                }
            }

            exchanging?.Invoke(Stage, Root);
            var error = before is null ? Posix.RenameNoReplacing(Stage, Root) : Posix.Exchange(Stage, Root);
            if (error != 0)
            {
                throw new SwapRefusedException($"the file system would not swap the folders ({Posix.Message(error)})");
            }
        }
        catch (Exception e) when (e is SwapRefusedException or IOException or UnauthorizedAccessException)
        {
            Discard();
            return e.Message;
        }

        if (before is not null)
        {
            // The old tree is now at the staging folder's name.
            if (KeepWhatWasSaved(Stage, Root))
            {
                Discard();
            }
            else
            {
                var kept = $"{Root}.previous-{_build}";
                var error = Posix.RenameNoReplacing(Stage, kept);
                var where = error == 0 ? $"'{kept}'" : $"'{Stage}' (copy it away: the next build removes it)";
                problems.Add(Problem.Warning(null, $"something saved into '{Root}' while the outputs were put in place could not be moved back into it; the folder as it was is kept as {where}"));
            }
        }

        return null;
    }

    /// <summary>Removes the staging folder (best effort: what is left is named for this build, and a later build removes it).</summary>
    public void Discard()
    {
        try
        {
            if (Posix.Status(Stage) is { Kind: EntryKind.Folder })
            {
                Directory.Delete(Stage, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for a later build, which removes the staging folders of processes no longer running.
        }
    }

    /// <summary>
    /// Removes the staging folders that killed builds left beside <paramref name="root"/>: folders named exactly as
    /// <see cref="Begin"/> names them for this output folder, of a process no longer running. Call under the lock.
    /// </summary>
    public static void RemoveLeftovers(string root)
    {
        if (Path.GetDirectoryName(root) is not { } parent || !Directory.Exists(parent))
        {
            return;
        }

        foreach (var path in Directory.EnumerateDirectories(parent, ".*"))
        {
            var match = Leftover().Match(Path.GetFileName(path));
            if (match.Groups["name"].Value == Path.GetFileName(root) && OutputWriter.OfProcessGone(match) && Posix.Status(path) is { Kind: EntryKind.Folder })
            {
                try
                {
                    Directory.Delete(path, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Tried again by the next build.
                }
            }
        }
    }

    /// <summary>Why <paramref name="root"/> cannot be swapped wherever it is, or null.</summary>
    private static string? Refusal(string root, string? project)
    {
        if (!OperatingSystem.IsLinux())
        {
            return "folders are swapped on Linux only";
        }

        if (Path.GetDirectoryName(root) is null)
        {
            return "it is the file system's root";
        }

        if (Holds(root, Directory.GetCurrentDirectory()))
        {
            return "it is the current folder or holds it, and a shell or program working there would be left in the old folder, which is removed";
        }

        if (project is not null && Holds(root, Path.GetFullPath(project)))
        {
            return "it is the project folder or holds it, and an editor or program working there would be left in the old folder, which is removed";
        }

        return Posix.Status(root) switch
        {
            null or { Kind: EntryKind.Folder, IsMountRoot: false } => null,
            { Kind: EntryKind.Folder } => "a file system is mounted on it",
            { Kind: EntryKind.SymbolicLink } => "it is a symbolic link",
            _ => "it is not a folder",
        };
    }

    /// <summary>
    /// Whether <paramref name="root"/> is the folder <paramref name="inside"/> or one above it (<c>--out .</c> in the
    /// project folder), by inode, on the way up from <paramref name="inside"/> through <c>..</c> (so through the real
    /// folders, whatever links its path goes through) to the file system's root, whose <c>..</c> is itself.
    /// </summary>
    private static bool Holds(string root, string inside)
    {
        if (Posix.Status(root) is not { Kind: EntryKind.Folder } folder)
        {
            return false;
        }

        var path = inside;
        for (var depth = 0; depth < 4096 && Posix.Status(path, followLinks: true) is { Kind: EntryKind.Folder } above; depth++)
        {
            if (above.Inode == folder.Inode)
            {
                return true;
            }

            var parent = Path.Combine(path, "..");
            if (Posix.Status(parent, followLinks: true)?.Inode == above.Inode)
            {
                return false;
            }

            path = parent;
        }

        return false;
    }

    /// <summary>
    /// Makes <paramref name="to"/> hold what <paramref name="from"/> holds, the outputs aside, and gives it
    /// <paramref name="from"/>'s owner and mode; with no <paramref name="to"/>, only checks that it can.
    /// </summary>
    private void Mirror(string from, string? to, EntryStatus status, Action<string>? staging, ref int entries)
    {
        if (status.IsMountRoot)
        {
            throw new SwapRefusedException($"a file system is mounted on '{from}'");
        }

        if (Posix.HasExtendedAttributes(from))
        {
            throw new SwapRefusedException($"'{from}' has extended attributes (an access list or a security label), which a folder made anew would not have");
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(from))
        {
            if (++entries > MostEntries)
            {
                throw new SwapRefusedException($"it holds more than {MostEntries:N0} files and folders");
            }

            if (_written.ContainsKey(path) || Posix.Status(path) is not { } entry)
            {
                // An output (its new file is staged already), or an entry removed since it was listed.
                continue;
            }

            if (entry.Kind == EntryKind.Other)
            {
                throw new SwapRefusedException($"'{path}' is neither a file, a folder nor a symbolic link");
            }

            if (to is null)
            {
                if (entry.Kind == EntryKind.Folder)
                {
                    Mirror(path, null, entry, null, ref entries);
                }

                continue;
            }

            var copy = Path.Combine(to, Path.GetFileName(path));
            staging?.Invoke(copy);
            switch (entry.Kind)
            {
                case EntryKind.File when Posix.Link(path, copy) is var error and not 0:
                    throw new SwapRefusedException($"'{path}' cannot be given a second name ({Posix.Message(error)})");
                case EntryKind.File:
                    break;
                case EntryKind.Folder:
                    Directory.CreateDirectory(copy);
                    Mirror(path, copy, entry, staging, ref entries);
                    break;
                default:
                    File.CreateSymbolicLink(copy, new FileInfo(path).LinkTarget ?? throw new IOException($"the link is gone : '{path}'"));
                    Own(copy, entry);
                    break;
            }
        }

        if (to is null)
        {
            return;
        }

        Own(to, status);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(to, status.Mode);
        }
    }

    /// <summary>Gives <paramref name="copy"/> the owner and group of the entry it copies, if they differ.</summary>
    private static void Own(string copy, EntryStatus original)
    {
        if (Posix.Status(copy) is { } made && (made.Owner != original.Owner || made.Group != original.Group)
            && Posix.SetOwner(copy, original.Owner, original.Group) is var error and not 0)
        {
            throw new SwapRefusedException($"'{copy}' cannot be given the owner of what it copies ({Posix.Message(error)})");
        }
    }

    /// <summary>
    /// Moves into <paramref name="now"/> what the old tree <paramref name="old"/> holds that the new one has not:
    /// entries another program saved into the output folder while it was mirrored, and files it replaced (a file
    /// that is no longer the one mirrored). Says whether everything was kept.
    /// </summary>
    private bool KeepWhatWasSaved(string old, string now)
    {
        var kept = true;
        foreach (var path in Directory.EnumerateFileSystemEntries(old))
        {
            var there = Path.Combine(now, Path.GetFileName(path));
            try
            {
                var was = Posix.Status(path);
                var isNow = Posix.Status(there);
                if (was is null)
                {
                    continue;
                }

                if (isNow is null)
                {
                    kept &= Posix.RenameNoReplacing(path, there) == 0;
                }
                else if (was.Kind == EntryKind.Folder && isNow.Kind == EntryKind.Folder)
                {
                    kept &= KeepWhatWasSaved(path, there);
                }
                else if (was.Kind == EntryKind.File && isNow.Kind == EntryKind.File && was.Inode != isNow.Inode && !_written.ContainsKey(Path.Combine(Root, Path.GetRelativePath(Stage, path))))
                {
                    File.Move(path, there, overwrite: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                kept = false;
            }
        }

        return kept;
    }

    /// <summary>The names <see cref="Begin"/> gives staging folders: <c>.{name}.{process}-{build}-{8 hex}.stage</c>.</summary>
    [GeneratedRegex(@"^\.(?<name>.+)\.(?<process>[1-9][0-9]{0,9})-[1-9][0-9]{0,9}-[0-9a-f]{8}\.stage\z", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();

    /// <summary>The output folder cannot be swapped; the message says why.</summary>
    private sealed class SwapRefusedException(string message) : Exception(message);
}
