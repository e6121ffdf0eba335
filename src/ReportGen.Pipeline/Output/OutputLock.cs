using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// Serialises the moment builds put their outputs in place: an exclusive lock per output folder, held only while
/// the finished files are renamed (milliseconds), across threads and processes. The lock file lives in the
/// temporary folder, named by a hash of the output folder's full path, so output folders hold nothing but
/// outputs; it is left there (empty), since deleting it would let a build lock a file another had replaced.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly List<FileStream> _held;

    private OutputLock(List<FileStream> held) => _held = held;

    /// <summary>Locks every folder of <paramref name="folders"/>, in ordinal order so that two builds never wait on each other.</summary>
    public static OutputLock Take(IEnumerable<string> folders)
    {
        var held = new List<FileStream>();
        try
        {
            foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                held.Add(Lock(PathFor(folder)));
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

    private static FileStream Lock(string path)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // Read access is enough to hold the lock, and lets a build run by another user open a lock file it did not create.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < Patience && File.Exists(path))
            {
                // Another build is putting its outputs in place; that takes milliseconds.
                Thread.Sleep(20);
            }
        }
    }
}
