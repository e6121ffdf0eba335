using System.Buffers.Binary;

namespace ReportGen.Rendering.Pdf.Fonts.TrueType;

/// <summary>
/// One table of a font file, read big-endian with every read checked against the table's end, so a damaged or
/// hostile font gives an <see cref="InvalidDataException"/> naming the table instead of reading out of range.
/// </summary>
/// <param name="Tag">The table's four-letter tag, such as <c>head</c>.</param>
/// <param name="Data">The whole font file.</param>
/// <param name="Offset">Where the table starts in <paramref name="Data"/>.</param>
/// <param name="Length">The table's length in bytes (already checked to lie inside <paramref name="Data"/>).</param>
internal readonly record struct FontTable(string Tag, byte[] Data, int Offset, int Length)
{
    /// <summary>The table's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => Data.AsSpan(Offset, Length);

    /// <summary>The unsigned 16-bit number at <paramref name="at"/> bytes into the table.</summary>
    public ushort UInt16(long at) => BinaryPrimitives.ReadUInt16BigEndian(Data.AsSpan(Start(at, 2)));

    /// <summary>The signed 16-bit number at <paramref name="at"/> bytes into the table.</summary>
    public short Int16(long at) => BinaryPrimitives.ReadInt16BigEndian(Data.AsSpan(Start(at, 2)));

    /// <summary>The unsigned 32-bit number at <paramref name="at"/> bytes into the table.</summary>
    public uint UInt32(long at) => BinaryPrimitives.ReadUInt32BigEndian(Data.AsSpan(Start(at, 4)));

    /// <summary>The signed 32-bit number at <paramref name="at"/> bytes into the table.</summary>
    public int Int32(long at) => BinaryPrimitives.ReadInt32BigEndian(Data.AsSpan(Start(at, 4)));

    /// <summary><paramref name="count"/> bytes at <paramref name="at"/> bytes into the table.</summary>
    public ReadOnlySpan<byte> Slice(long at, long count) => Data.AsSpan(Start(at, count), (int)count);

    /// <summary>Whether <paramref name="count"/> bytes at <paramref name="at"/> lie inside the table.</summary>
    public bool Holds(long at, long count) => at >= 0 && count >= 0 && at + count <= Length;

    /// <summary>Throws unless the table is at least <paramref name="count"/> bytes long.</summary>
    public void Require(long count, string what)
    {
        if (count > Length)
        {
            throw new InvalidDataException(
                $"the font's '{Tag}' table is {Length} bytes long, too short for {what} ({count} bytes)");
        }
    }

    int Start(long at, long count)
    {
        if (!Holds(at, count))
        {
            throw new InvalidDataException(
                $"the font's '{Tag}' table points past its end (byte {at} of a {Length}-byte table)");
        }

        return Offset + (int)at;
    }
}
