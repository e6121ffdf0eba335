using System.Buffers.Binary;
using System.Text;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Tests.Fonts;

/// <summary>The shipped faces, and a reader of a font file's table directory written for the tests (independent of the one under test).</summary>
internal static class FontFiles
{
    public static byte[] Regular => BuiltInFonts.Default.Regular;

    public static IEnumerable<(string Name, byte[] Bytes)> Faces()
    {
        var set = BuiltInFonts.Default;
        yield return ("Regular", set.Regular);
        yield return ("Bold", set.Bold!);
        yield return ("Italic", set.Italic!);
        yield return ("BoldItalic", set.BoldItalic!);
    }

    /// <summary>One entry of a table directory.</summary>
    public sealed record Table(string Tag, uint Checksum, int Offset, int Length);

    public static List<Table> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new List<Table>();
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (16 * i), 16);
            tables.Add(new Table(
                Encoding.ASCII.GetString(record[..4]),
                BinaryPrimitives.ReadUInt32BigEndian(record[4..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]),
                (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..])));
        }

        return tables;
    }

    /// <summary>A copy of <paramref name="font"/> changed by <paramref name="patch"/>.</summary>
    public static byte[] Patched(byte[] font, Action<byte[]> patch)
    {
        var copy = (byte[])font.Clone();
        patch(copy);
        return copy;
    }

    /// <summary>Where the table directory's record of <paramref name="tag"/> starts.</summary>
    public static int Record(byte[] font, string tag) => 12 + (16 * Tables(font).FindIndex(t => t.Tag == tag));

    public static Table Find(byte[] font, string tag) => Tables(font).Single(t => t.Tag == tag);

    /// <summary>Where glyph <paramref name="glyph"/>'s outline starts in the file (the shipped faces use long 'loca' offsets).</summary>
    public static int GlyphStart(byte[] font, int glyph)
    {
        var loca = Find(font, "loca");
        return Find(font, "glyf").Offset + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca.Offset + (4 * glyph)));
    }

    /// <summary>The sum of the big-endian 32-bit words of <paramref name="bytes"/>, the last one zero-padded.</summary>
    public static uint Sum(ReadOnlySpan<byte> bytes)
    {
        var padded = new byte[(bytes.Length + 3) / 4 * 4];
        bytes.CopyTo(padded);
        uint sum = 0;
        for (var i = 0; i < padded.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(padded.AsSpan(i)));
        }

        return sum;
    }
}
