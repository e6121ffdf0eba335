using System.IO.Compression;

namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// Writes a PDF file object by object, in one pass: numbers are reserved before the objects that point at them
/// are written, each object goes out as soon as it is complete, and the cross-reference table follows the last
/// (ISO 32000-1 §7.5). Streams are Flate-compressed as complete zlib streams.
/// </summary>
internal sealed class PdfFile
{
    /// <summary>The trailer's /ID before <see cref="Output.DeterministicOutput"/> derives one from the content.</summary>
    const string PlaceholderId = "<00000000000000000000000000000000>";

    readonly MemoryStream _output = new(1 << 16);
    readonly MemoryStream _compressed = new(1 << 14);
    readonly List<long> _offsets = [-1];
    readonly ByteSink _sink = new(1 << 14);

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
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="number"/>: its content goes into the returned sink, then <see cref="End"/>.</summary>
    public ByteSink Begin(int number)
    {
        if (_offsets[number] >= 0)
        {
            throw new InvalidOperationException($"Object {number} is already written.");
        }

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
            _compressed.SetLength(0);
            using (var zlib = new ZLibStream(_compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(data);
            }

            data = _compressed.GetBuffer().AsSpan(0, (int)_compressed.Length);
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
    /// Ends the file with the cross-reference table and the trailer (pointing at <paramref name="root"/> and
    /// <paramref name="info"/>, with a placeholder /ID) and returns its bytes. Every reserved object must be written.
    /// </summary>
    public byte[] Finish(int root, int info)
    {
        var start = _output.Position;
        _sink.Clear();
        _sink.Raw("xref\n0 "u8).Int(_offsets.Count).Raw("\n0000000000 65535 f\r\n"u8);
        for (var number = 1; number < _offsets.Count; number++)
        {
            var offset = _offsets[number];
            if (offset < 0)
            {
                throw new InvalidOperationException($"Object {number} was reserved but never written.");
            }

            _sink.Padded(offset, 10).Raw(" 00000 n\r\n"u8);
        }

        _sink.Raw("trailer\n<</Size "u8).Int(_offsets.Count).Raw("/Root "u8).Reference(root).Raw("/Info "u8).Reference(info)
            .Raw("/ID["u8).Ascii(PlaceholderId).Ascii(PlaceholderId).Raw("]>>\nstartxref\n"u8).Int(start).Raw("\n%%EOF\n"u8);
        _output.Write(_sink.Written);
        return _output.ToArray();
    }
}
