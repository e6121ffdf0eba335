using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ReportGen.Ingest.Text;

/// <summary>
/// The files one build has read, each with its size and SHA-256 taken from the very bytes that were read, so that
/// the manifest and the pack's "Data sources" note describe what the figures came from without reading any file a
/// second time. Readers record here as they read; <see cref="ReadCount"/> says how often a file was read.
/// </summary>
public sealed class InputLog
{
    private readonly ConcurrentDictionary<string, InputRead> _reads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="absolutePath"/> was read whole as <paramref name="bytes"/>.</summary>
    public void Record(string absolutePath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        Record(absolutePath, bytes.LongLength, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>Records that <paramref name="absolutePath"/> was read: <paramref name="size"/> bytes hashing to <paramref name="sha256"/>.</summary>
    public void Record(string absolutePath, long size, string sha256)
    {
        _reads[absolutePath] = new InputRead(size, sha256);
        _counts.AddOrUpdate(absolutePath, 1, (_, count) => count + 1);
    }

    /// <summary>What was read of <paramref name="absolutePath"/>, if it was.</summary>
    public InputRead? Find(string absolutePath) => _reads.TryGetValue(absolutePath, out var read) ? read : null;

    /// <summary>How many times <paramref name="absolutePath"/> was read in this build.</summary>
    public int ReadCount(string absolutePath) => _counts.GetValueOrDefault(absolutePath);

    /// <summary>Reads <paramref name="absolutePath"/> for its size and hash alone, streaming it, and records it.</summary>
    public InputRead Hash(string absolutePath)
    {
        using var file = new FileStream(absolutePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hashing = new HashingReadStream(file);
        hashing.DrainAndRecord(this, absolutePath);
        return _reads[absolutePath];
    }
}

/// <summary>A file as a build read it.</summary>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
public sealed record InputRead(long Size, string Sha256);
