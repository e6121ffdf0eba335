namespace ReportGen.Ingest.Extracts;

/// <summary>
/// What one counter thread reads: the extract's header line, then the blocks of <see cref="ExtractBlocks"/> it takes,
/// one after another. Each block is whole lines, so the feed is itself a well-formed CSV of some of the file's
/// records, in file order. It remembers where in the file its recent blocks began, to place a record it reads.
/// </summary>
internal sealed class BlockFeed(ExtractBlocks blocks) : Stream
{
    private const int Remembered = 32;

    private readonly List<(long FeedStart, long FileStart)> _starts = [];
    private byte[]? _block = blocks.Header;
    private int _length = blocks.Header.Length;
    private int _at;
    private bool _isHeader = true;
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>The offset in the file of the byte at <paramref name="feedOffset"/> of this feed (past its header).</summary>
    public long FileOffset(long feedOffset)
    {
        for (var i = _starts.Count - 1; i >= 0; i--)
        {
            if (_starts[i].FeedStart <= feedOffset)
            {
                return _starts[i].FileStart + (feedOffset - _starts[i].FeedStart);
            }
        }

        throw new InvalidOperationException("the record's block is no longer remembered");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_block is not null && _at < _length)
            {
                var n = Math.Min(buffer.Length, _length - _at);
                _block.AsSpan(_at, n).CopyTo(buffer);
                _at += n;
                _position += n;
                return n;
            }

            if (_block is not null && !_isHeader)
            {
                blocks.Return(_block);
            }

            _block = null;
            _isHeader = false;
            if (!blocks.TryTake(out var next))
            {
                return 0;
            }

            if (_starts.Count == Remembered)
            {
                _starts.RemoveRange(0, Remembered / 2);
            }

            _starts.Add((_position, next.FileOffset));
            (_block, _length, _at) = (next.Buffer, next.Length, 0);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
