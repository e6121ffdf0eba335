using System.Security.Cryptography;

namespace ReportGen.Pipeline.Output;

/// <summary>
/// A finished output, held in memory until every output of the build is ready. Its SHA-256 is worked out the first
/// time it is asked for and kept, so a pack's manifest and a <c>--for-each</c> run's manifest hash each file once.
/// </summary>
internal sealed class OutputFile(string path, byte[] bytes)
{
    private string? _sha256;

    /// <summary>Where it goes.</summary>
    public string Path { get; } = path;

    /// <summary>Its content.</summary>
    public byte[] Bytes { get; } = bytes;

    /// <summary>The SHA-256 of <see cref="Bytes"/>, lower-case hex.</summary>
    public string Sha256 => _sha256 ??= Convert.ToHexStringLower(SHA256.HashData(Bytes));
}
