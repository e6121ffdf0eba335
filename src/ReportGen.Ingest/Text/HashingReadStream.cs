using System.Security.Cryptography;

namespace ReportGen.Ingest.Text;

/// <summary>
/// Passes a file's bytes through to a reader while hashing them, so a streamed extract is read once for its rows
/// and its SHA-256 together. <see cref="DrainAndRecord"/> reads whatever the reader left and records the file.
/// </summary>
internal sealed class HashingReadStream(Stream inner) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _hash.AppendData(buffer[..read]);
        _length += read;
        return read;
    }

    /// <summary>Reads to the end of the file (what the reader did not need) and records its size and hash in <paramref name="log"/>.</summary>
    public void DrainAndRecord(InputLog log, string absolutePath)
    {
        var buffer = new byte[1 << 16];
        while (Read(buffer.AsSpan()) > 0)
        {
        }

        log.Record(absolutePath, _length, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
