using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// Serialises the moment builds put their outputs in place: an exclusive lock per output folder, held only while
/// the finished files are put in place (milliseconds), across threads and processes, and a shared lock on each folder
/// above it, so that no build swaps a folder (<see cref="FolderSwap"/>) while another puts outputs in place inside it,
/// while builds into sibling folders never wait on each other. The lock file lives in the
/// temporary folder, named by a hash of the output folder's full path, so output folders hold nothing but
/// outputs; it is left there (empty), since deleting it would let a build lock a file another had replaced.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly List<FileStream> _held;

    private OutputLock(List<FileStream> held) => _held = held;

    /// <summary>
    /// Locks every folder of <paramref name="folders"/> for this build alone, and every folder above them shared, in
    /// ordinal order (a folder before those inside it) so that two builds never wait on each other.
    /// </summary>
    public static OutputLock Take(IEnumerable<string> folders)
    {
        var exclusive = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).ToHashSet(StringComparer.Ordinal);
        var above = exclusive.SelectMany(Above).Where(f => !exclusive.Contains(f));
        var held = new List<FileStream>();
        try
        {
            foreach (var folder in exclusive.Concat(above).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                held.Add(Lock(PathFor(folder), exclusive.Contains(folder)));
            }

            return new OutputLock(held);
        }
        catch
        {
            held.ForEach(stream => stream.Dispose());
            throw;
        }
    }

    /// <summary>The lock file of <paramref name="folder"/>.</summary>
    public static string PathFor(string folder)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))));
        return Path.Combine(Path.GetTempPath(), $"reportgen-{hash[..32]}.lock");
    }

    public void Dispose() => _held.ForEach(stream => stream.Dispose());

    /// <summary>The folders holding <paramref name="folder"/>, up to the file system's root.</summary>
    private static IEnumerable<string> Above(string folder)
    {
        for (var parent = Path.GetDirectoryName(folder); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            yield return parent;
        }
    }

    /// <summary>Opens the lock file at <paramref name="path"/> so that no other build can hold it (or, shared, hold it alone).</summary>
    private static FileStream Lock(string path, bool exclusive)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // Read access is enough to hold the lock, and lets a build run by another user open a lock file it did not create.
                // On Unix .NET takes flock(LOCK_EX) for FileShare.None and flock(LOCK_SH) otherwise.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, exclusive ? FileShare.None : FileShare.Read);
            }
            catch (IOException) when (waited.Elapsed < Patience && File.Exists(path))
            {
                // Another build is putting its outputs in place; that takes milliseconds.
                Thread.Sleep(20);
            }
        }
    }
}
