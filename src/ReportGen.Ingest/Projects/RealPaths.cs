namespace ReportGen.Ingest.Projects;

/// <summary>
/// Where a path really leads, with every symbolic link along it followed (each folder on the way as well as the
/// file itself), so that a project cannot read a file outside its folder through a link inside it.
/// </summary>
public static class RealPaths
{
    /// <summary>What to do about a path that leads out through a link, for messages.</summary>
    public const string OutsideHint = "keep the project's files inside its folder (copy the file in rather than linking to it)";

    /// <summary>Links followed before a path counts as a loop.</summary>
    private const int MostLinks = 40;

    /// <summary>
    /// The real path of <paramref name="path"/>: absolute, each link followed, <c>..</c> taken after the link before it
    /// is followed (as the system does). Parts that do not exist are kept as written. <see langword="null"/> for a loop of links.
    /// </summary>
    public static string? Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new List<string>(Parts(full[current.Length..]));
        var links = 0;
        for (var i = 0; i < pending.Count; i++)
        {
            var part = pending[i];
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MostLinks)
            {
                return null;
            }

            // Follow the link: its target's parts come next, then what was left of the path.
            var rest = pending.Skip(i + 1);
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            pending = [.. Parts(target), .. rest];
            i = -1;
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> really leads to somewhere inside <paramref name="folder"/> (or to the folder itself), links followed.</summary>
    public static bool IsInside(string folder, string path)
    {
        if (Of(folder) is not { } root || Of(path) is not { } real)
        {
            return false;
        }

        root = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        return (Path.TrimEndingDirectorySeparator(real) + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal);
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
