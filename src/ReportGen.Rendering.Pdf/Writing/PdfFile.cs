using System.Buffers.Binary;
using System.IO.Compression;

namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// Writes a PDF file object by object, in one pass: numbers are reserved before the objects that point at them
/// are written, each object goes out as soon as it is complete, and a cross-reference stream follows the last
/// (ISO 32000-1 §7.5.8). Small objects written with <see cref="BeginPacked"/> (the structure tree's thousands of
/// elements) go into compressed object streams (§7.5.7), a hundred to a stream; streams are Flate-compressed as
/// complete zlib streams.
/// </summary>
internal sealed class PdfFile
{
    /// <summary>The trailer's /ID before <see cref="Output.DeterministicOutput"/> derives one from the content.</summary>
    const string PlaceholderId = "<00000000000000000000000000000000>";

    /// <summary>How many objects go into one object stream.</summary>
    const int PackedPerStream = 100;

    readonly MemoryStream _output = new(1 << 16);
    readonly MemoryStream _compressed = new(1 << 14);

    // Where each object is: its offset in the file, or (for a packed object) the object stream and its index there.
    readonly List<long> _offsets = [-1];
    readonly List<(int Stream, int Index)> _packedIn = [(0, 0)];
    readonly ByteSink _sink = new(1 << 14);

    // The objects waiting for the next object stream: their numbers and offsets in its body, and the body.
    readonly List<(int Number, int Offset)> _pending = [];
    readonly ByteSink _pendingBody = new(1 << 14);
    int _packing = -1;

    /// <summary>The file begins with the version and a comment of four high bytes, so it is taken for binary.</summary>
    public PdfFile()
    {
        _output.Write("%PDF-1.7\n%"u8);
        _output.Write([0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    /// <summary>A new object number, for an object to be written later.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        _packedIn.Add((0, 0));
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="number"/>: its content goes into the returned sink, then <see cref="End"/>.</summary>
    public ByteSink Begin(int number)
    {
        Unwritten(number);
        _offsets[number] = _output.Position;
        _sink.Clear();
        return _sink.Int(number).Raw(" 0 obj\n"u8);
    }

    /// <summary>Ends the object begun last.</summary>
    public void End()
    {
        _sink.Raw("\nendobj\n"u8);
        _output.Write(_sink.Written);
    }

    /// <summary>
    /// Starts object <paramref name="number"/>, which is not a stream, for an object stream: its content goes into the
    /// returned sink, then <see cref="EndPacked"/>.
    /// </summary>
    public ByteSink BeginPacked(int number)
    {
        Unwritten(number);
        _packing = number;
        _pending.Add((number, _pendingBody.Length));
        return _pendingBody;
    }

    /// <summary>Ends the packed object begun last; every hundredth fills an object stream, which is written.</summary>
    public void EndPacked()
    {
        _pendingBody.Line();
        _offsets[_packing] = 0;
        _packing = -1;
        if (_pending.Count == PackedPerStream)
        {
            WritePacked();
        }
    }

    /// <summary>A new object holding <paramref name="write"/>'s content.</summary>
    public int Add(Action<ByteSink> write)
    {
        var number = Reserve();
        write(Begin(number));
        End();
        return number;
    }

    /// <summary>
    /// Writes stream object <paramref name="number"/>: a dictionary of <paramref name="keys"/> (keys and values, without
    /// the brackets) and /Length, and <paramref name="data"/>, Flate-compressed when <paramref name="compress"/>.
    /// </summary>
    public void Stream(int number, ReadOnlySpan<byte> data, bool compress = true, Action<ByteSink>? keys = null)
    {
        if (compress)
        {
            data = Compress(data);
        }

        var sink = Begin(number).Raw("<<"u8);
        keys?.Invoke(sink);
        if (compress)
        {
            sink.Raw("/Filter/FlateDecode"u8);
        }

        sink.Raw("/Length "u8).Int(data.Length).Raw(">>\nstream\n"u8);
        _output.Write(sink.Written);
        _output.Write(data);
        _output.Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>
    /// Ends the file with the cross-reference stream, which is also the trailer (pointing at <paramref name="root"/>
    /// and <paramref name="info"/>, with a placeholder /ID), and returns its bytes. Every reserved object must be
    /// written.
    /// </summary>
    public byte[] Finish(int root, int info)
    {
        if (_pending.Count > 0)
        {
            WritePacked();
        }

        var table = Reserve();
        _offsets[table] = _output.Position;

        // Each entry: a type byte, four bytes of offset or object stream number, two of generation or index (§7.5.8.3).
        var rows = new byte[_offsets.Count * 7];
        for (var number = 0; number < _offsets.Count; number++)
        {
            var row = rows.AsSpan(number * 7, 7);
            if (number == 0)
            {
                row[0] = 0;
                BinaryPrimitives.WriteUInt16BigEndian(row[5..], 65535);
            }
            else if (_offsets[number] < 0)
            {
                throw new InvalidOperationException($"Object {number} was reserved but never written.");
            }
            else if (_packedIn[number].Stream > 0)
            {
                row[0] = 2;
                BinaryPrimitives.WriteUInt32BigEndian(row[1..], (uint)_packedIn[number].Stream);
                BinaryPrimitives.WriteUInt16BigEndian(row[5..], (ushort)_packedIn[number].Index);
            }
            else
            {
                row[0] = 1;
                BinaryPrimitives.WriteUInt32BigEndian(row[1..], checked((uint)_offsets[number]));
            }
        }

        var data = Compress(rows);
        _sink.Clear();
        _sink.Int(table).Raw(" 0 obj\n<</Type/XRef/Size "u8).Int(_offsets.Count).Raw("/W[1 4 2]/Root "u8).Reference(root)
            .Raw("/Info "u8).Reference(info).Raw("/ID["u8).Ascii(PlaceholderId).Ascii(PlaceholderId)
            .Raw("]/Filter/FlateDecode/Length "u8).Int(data.Length).Raw(">>\nstream\n"u8);
        _output.Write(_sink.Written);
        _output.Write(data);
        _sink.Clear();
        _sink.Raw("\nendstream\nendobj\nstartxref\n"u8).Int(_offsets[table]).Raw("\n%%EOF\n"u8);
        _output.Write(_sink.Written);
        return _output.ToArray();
    }

    // The waiting objects as one object stream: the pairs of number and offset, then the objects (§7.5.7).
    void WritePacked()
    {
        var stream = Reserve();
        var header = new ByteSink(_pending.Count * 12);
        for (var i = 0; i < _pending.Count; i++)
        {
            header.Int(_pending[i].Number).Space().Int(_pending[i].Offset).Space();
            _packedIn[_pending[i].Number] = (stream, i);
        }

        header.Line();
        var first = header.Length;
        header.Raw(_pendingBody.Written);
        var count = _pending.Count;
        Stream(stream, header.Written, keys: s => s.Raw("/Type/ObjStm/N "u8).Int(count).Raw("/First "u8).Int(first));
        _pending.Clear();
        _pendingBody.Clear();
    }

    ReadOnlySpan<byte> Compress(ReadOnlySpan<byte> data)
    {
        _compressed.SetLength(0);
        using (var zlib = new ZLibStream(_compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return _compressed.GetBuffer().AsSpan(0, (int)_compressed.Length);
    }

    void Unwritten(int number)
    {
        if (_offsets[number] >= 0)
        {
            throw new InvalidOperationException($"Object {number} is already written.");
        }
    }
}
