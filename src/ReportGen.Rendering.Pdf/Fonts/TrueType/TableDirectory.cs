using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Rendering.Pdf.Fonts.TrueType;

/// <summary>
/// The table directory at the start of a TrueType font file (OpenType specification, "Organization of an OpenType
/// font"): which tables the file has and where. Only single TrueType-outline fonts are accepted.
/// </summary>
internal sealed class TableDirectory
{
    const int HeaderLength = 12;
    const int RecordLength = 16;

    readonly byte[] _data;
    readonly Dictionary<string, (int Offset, int Length)> _tables;

    TableDirectory(byte[] data, Dictionary<string, (int Offset, int Length)> tables)
    {
        _data = data;
        _tables = tables;
    }

    /// <summary>Reads the directory of <paramref name="data"/>, checking that every table lies inside the file.</summary>
    public static TableDirectory Read(byte[] data)
    {
        if (data.Length < HeaderLength)
        {
            throw new InvalidDataException(data.Length == 0
                ? "the font file is empty"
                : $"the font file is {data.Length} bytes long, too short to be a font");
        }

        CheckVersion(BinaryPrimitives.ReadUInt32BigEndian(data));
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        if (HeaderLength + ((long)count * RecordLength) > data.Length)
        {
            throw new InvalidDataException(
                $"the font file says it has {count} tables but is too short ({data.Length} bytes) to list them");
        }

        var tables = new Dictionary<string, (int, int)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = data.AsSpan(HeaderLength + (i * RecordLength), RecordLength);
            var tag = Encoding.Latin1.GetString(record[..4]);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if ((long)offset + length > data.Length)
            {
                throw new InvalidDataException(
                    $"the font's '{tag}' table runs past the end of the file (bytes {offset} to {(long)offset + length} of {data.Length})");
            }

            // A repeated tag is a damaged directory; the first entry is the one readers find by binary search
            // in a well-sorted directory, so it is the one kept.
            tables.TryAdd(tag, ((int)offset, (int)length));
        }

        return new TableDirectory(data, tables);
    }

    /// <summary>Whether the file has the table <paramref name="tag"/>.</summary>
    public bool Has(string tag) => _tables.ContainsKey(tag);

    /// <summary>The table <paramref name="tag"/>, which the font must have.</summary>
    public FontTable Required(string tag) => Optional(tag)
        ?? throw new InvalidDataException($"the font has no '{tag}' table, which every TrueType font needs");

    /// <summary>The table <paramref name="tag"/>, or <see langword="null"/> when the font has none.</summary>
    public FontTable? Optional(string tag) =>
        _tables.TryGetValue(tag, out var table) ? new FontTable(tag, _data, table.Offset, table.Length) : null;

    static void CheckVersion(uint version)
    {
        switch (version)
        {
            case 0x00010000:
            case 0x74727565: // 'true', Apple's tag for TrueType outlines
                return;
            case 0x4F54544F: // 'OTTO'
                throw new InvalidDataException(
                    "the font is an OpenType font with PostScript (CFF) outlines; only TrueType outlines (a .ttf with a 'glyf' table) can be embedded");
            case 0x74746366: // 'ttcf'
                throw new InvalidDataException(
                    "the font file is a TrueType collection (.ttc) of several fonts; give one font of it as a .ttf file");
            case 0x774F4646: // 'wOFF'
            case 0x774F4632: // 'wOF2'
                throw new InvalidDataException(
                    "the font file is a compressed web font (WOFF); give the TrueType (.ttf) file instead");
            default:
                throw new InvalidDataException(
                    $"the file is not a TrueType font (it starts with the bytes {version:X8}, not 00010000)");
        }
    }
}
