using System.Collections.Concurrent;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Reads a record-level extract once, in order, on a thread of its own: every byte is hashed (SHA-256) as it is read,
/// and the bytes are handed on as blocks of whole lines (each ends just after a line feed) for counters on other
/// threads to parse. The header line is kept apart (<see cref="Header"/>) so that each counter can read it first.
/// A fixed set of buffers is recycled, so memory does not grow with the file.
/// </summary>
/// <remarks>
/// Cutting at a line feed is a record boundary only because the extract's reader does not allow line breaks inside
/// quotes (<c>AllowLineBreaksInQuotes = false</c>): every line break ends a record, wherever it is. A line longer
/// than a buffer, or a file with no line feed after its header, stops the reading (<see cref="Stopped"/>).
/// </remarks>
internal sealed class ExtractBlocks : IDisposable
{
    /// <summary>The size of each buffer: the most one block holds.</summary>
    public const int BlockSize = 1 << 18;

    private readonly HashingReadStream _file;
    private readonly BlockingCollection<byte[]> _free = new();
    private readonly BlockingCollection<ExtractBlock> _blocks;
    private readonly CancellationTokenSource _stop = new();
    private byte[] _buffer;
    private int _filled;
    private long _offset;
    private Thread? _reader;

    private ExtractBlocks(FileStream file, int consumers)
    {
        _file = new HashingReadStream(file);
        _blocks = new BlockingCollection<ExtractBlock>(consumers + 1);
        for (var i = 0; i < (2 * consumers) + 2; i++)
        {
            _free.Add(new byte[BlockSize]);
        }

        _buffer = _free.Take();
    }

    /// <summary>The header line's bytes (a byte order mark included), ending with its line feed.</summary>
    public byte[] Header { get; private set; } = [];

    /// <summary>Whether every byte of the file has been read (and hashed), the reading having ended without stopping.</summary>
    public bool ReadToEnd { get; private set; }

    /// <summary>Why the reading failed, if the file could not be read.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Whether the reading or a counter stopped before the end (see <see cref="Stop"/>).</summary>
    public bool Stopped => _stop.IsCancellationRequested;

    /// <summary>Signalled when the counting is to stop: a counter met something it leaves to the one-thread reader.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>
    /// Opens <paramref name="file"/> and reads its first block, or returns <see langword="null"/> when the file does not
    /// suit reading in blocks: UTF-16 or UTF-32 (a line feed is not one byte), or no line feed in the first block.
    /// </summary>
    public static ExtractBlocks? Open(string file, int consumers)
    {
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var blocks = new ExtractBlocks(stream, consumers);
        if (!blocks.ReadFirst())
        {
            blocks.Dispose();
            return null;
        }

        return blocks;
    }

    /// <summary>Starts reading the rest of the file on a thread of its own.</summary>
    public void Start()
    {
        _reader = new Thread(ReadRest) { IsBackground = true, Name = "extract reader" };
        _reader.Start();
    }

    /// <summary>Records the file's size and SHA-256 in <paramref name="log"/>, once <see cref="ReadToEnd"/>.</summary>
    public void Record(InputLog log, string path) => _file.DrainAndRecord(log, path);

    /// <summary>Waits for the reading to end.</summary>
    public void Join() => _reader?.Join();

    /// <summary>Stops the reading and every counter: the file is to be counted another way.</summary>
    public void Stop() => _stop.Cancel();

    /// <summary>The next block, in file order; false when there are no more (or the counting stopped).</summary>
    public bool TryTake(out ExtractBlock block)
    {
        try
        {
            return _blocks.TryTake(out block, Timeout.Infinite, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            block = default;
            return false;
        }
    }

    /// <summary>Gives a block's buffer back, once its bytes have been copied out.</summary>
    public void Return(byte[] buffer) => _free.Add(buffer);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_reader is { IsAlive: true })
        {
            Stop();
            _reader.Join();
        }

        _file.Dispose();
        _stop.Dispose();
        _blocks.Dispose();
        _free.Dispose();
    }

    private bool ReadFirst()
    {
        Fill();
        var data = _buffer.AsSpan(0, _filled);
        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || data.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return false;
        }

        var end = data.IndexOf((byte)'\n');
        if (end < 0)
        {
            return false;
        }

        Header = data[..(end + 1)].ToArray();
        Cut(end + 1, 0);
        return true;
    }

    private void ReadRest()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                Fill();
                var atEnd = _filled < _buffer.Length;
                if (atEnd)
                {
                    if (_filled > 0)
                    {
                        _blocks.Add(new ExtractBlock(_buffer, _filled, _offset), _stop.Token);
                        _offset += _filled;
                    }

                    ReadToEnd = true;
                    break;
                }

                var last = _buffer.AsSpan(0, _filled).LastIndexOf((byte)'\n');
                if (last < 0)
                {
                    Stop(); // a line longer than a buffer
                    break;
                }

                Cut(last + 1, _filled);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Failure = e;
            Stop();
        }
        finally
        {
            _blocks.CompleteAdding();
        }
    }

    /// <summary>Hands on the first <paramref name="length"/> bytes of the buffer (none for the header) and carries the rest into the next.</summary>
    private void Cut(int length, int handOn)
    {
        var next = _free.Take(_stop.Token);
        var rest = _buffer.AsSpan(length, _filled - length);
        rest.CopyTo(next);
        if (handOn > 0)
        {
            _blocks.Add(new ExtractBlock(_buffer, length, _offset), _stop.Token);
        }
        else
        {
            _free.Add(_buffer);
        }

        _offset += length;
        (_buffer, _filled) = (next, rest.Length);
    }

    /// <summary>Reads until the buffer is full or the file ends, hashing what is read.</summary>
    private void Fill()
    {
        while (_filled < _buffer.Length)
        {
            var read = _file.Read(_buffer, _filled, _buffer.Length - _filled);
            if (read == 0)
            {
                return;
            }

            _filled += read;
        }
    }
}

/// <summary>Whole lines of an extract: the first <paramref name="Length"/> bytes of <paramref name="Buffer"/>, starting at <paramref name="FileOffset"/> in the file.</summary>
internal readonly record struct ExtractBlock(byte[] Buffer, int Length, long FileOffset);
