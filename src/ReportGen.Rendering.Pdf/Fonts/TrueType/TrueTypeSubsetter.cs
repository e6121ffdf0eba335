using System.Buffers.Binary;
using System.Text;

namespace ReportGen.Rendering.Pdf.Fonts.TrueType;

/// <summary>
/// Makes the font program embedded for a CIDFontType2 font (a PDF <c>/FontFile2</c>): a TrueType font with the
/// original number of glyphs, each at its original id (the PDF maps CIDs to glyph ids by Identity), in which only
/// the glyphs used, .notdef and the components of kept composite glyphs keep their outlines; every other glyph is
/// empty. The output depends only on the font and the set of glyphs, never on their order.
/// </summary>
/// <remarks>
/// Tables kept. ISO 32000-1 §9.9 (Embedded font programs) requires of a TrueType font program the tables "head",
/// "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx" and "fpgm" ("cvt ", "fpgm" and "prep" when the font has
/// them: they hold its hinting), and says a "cmap" is needed only when the font is used with a simple font
/// dictionary; a CIDFontType2 maps character codes to glyphs itself (Identity-H and CIDToGIDMap Identity), so the
/// subset has no "cmap". "OS/2" (96 bytes) and "post" (cut to its 32-byte version 3.0 header, without glyph names)
/// are kept as well: viewers that rebuild an embedded font before handing it to the system (pdf.js, some printer
/// drivers) read the weight, style and underline from them. Everything else ("name", "kern", "GPOS", "GSUB",
/// "GDEF", "DSIG", "gasp", "hdmx", ...) is left out: a PDF viewer does no shaping and takes names and metrics from
/// the PDF's own font dictionaries.
/// </remarks>
internal static class TrueTypeSubsetter
{
    const int HeaderLength = 12;
    const int RecordLength = 16;
    const int PostVersion3Length = 32;
    const uint ChecksumMagic = 0xB1B0AFBA;

    static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep"];

    /// <summary>The subset font program for <paramref name="glyphs"/>.</summary>
    public static byte[] Subset(TableDirectory tables, GlyphOutlines outlines, IReadOnlyCollection<ushort> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        var kept = Kept(outlines, glyphs);
        var (glyf, loca) = GlyphTables(outlines, kept);

        var output = new List<(string Tag, byte[] Bytes)>(11)
        {
            ("glyf", glyf),
            ("head", Head(tables.Required("head"))),
            ("loca", loca),
            ("post", Post(tables.Required("post"))),
        };
        foreach (var tag in CopiedTables)
        {
            if (tables.Optional(tag) is { } table)
            {
                output.Add((tag, table.Bytes.ToArray()));
            }
        }

        output.Sort((a, b) => string.CompareOrdinal(a.Tag, b.Tag));
        return Assemble(output);
    }

    // The glyphs asked for, .notdef, and every component of a kept composite glyph, however deep. A glyph's
    // components are pushed only when it is first kept, so this ends even if GlyphOutlines had let a cycle through
    // (it does not: composites are checked for cycles and for nesting deeper than MaxDepth when the font is read).
    static bool[] Kept(GlyphOutlines outlines, IReadOnlyCollection<ushort> glyphs)
    {
        var count = outlines.Count;
        var kept = new bool[count];
        var pending = new Stack<ushort>();
        pending.Push(0);
        foreach (var glyph in glyphs)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(glyph, count, nameof(glyphs));
            pending.Push(glyph);
        }

        while (pending.TryPop(out var glyph))
        {
            if (kept[glyph])
            {
                continue;
            }

            kept[glyph] = true;
            if (outlines.Components(glyph) is { } components)
            {
                foreach (var component in components)
                {
                    pending.Push(component);
                }
            }
        }

        return kept;
    }

    // 'glyf' with the kept outlines, each padded to a multiple of four bytes, and 'loca' in the long format.
    static (byte[] Glyf, byte[] Loca) GlyphTables(GlyphOutlines outlines, bool[] kept)
    {
        var length = 0;
        for (var glyph = 0; glyph < kept.Length; glyph++)
        {
            if (kept[glyph])
            {
                length += Padded(outlines.Outline(glyph).Length);
            }
        }

        var glyf = new byte[length];
        var loca = new byte[(kept.Length + 1) * 4];
        var at = 0;
        for (var glyph = 0; glyph < kept.Length; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyph * 4), (uint)at);
            if (kept[glyph])
            {
                var outline = outlines.Outline(glyph);
                outline.CopyTo(glyf.AsSpan(at));
                at += Padded(outline.Length);
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(kept.Length * 4), (uint)at);
        return (glyf, loca);
    }

    // The header with long 'loca' offsets and checkSumAdjustment zeroed until the whole file is summed.
    static byte[] Head(FontTable head)
    {
        var bytes = head.Bytes.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(50), 1);
        return bytes;
    }

    // 'post' version 3.0: the italic angle, underline and pitch, without glyph names.
    static byte[] Post(FontTable post)
    {
        var bytes = new byte[PostVersion3Length];
        post.Bytes[..Math.Min(post.Length, PostVersion3Length)].CopyTo(bytes);
        BinaryPrimitives.WriteUInt32BigEndian(bytes, 0x00030000);
        return bytes;
    }

    // The file: header, table records sorted by tag, then the tables in the same order, each starting on a
    // four-byte boundary, zero-padded; then head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
    static byte[] Assemble(List<(string Tag, byte[] Bytes)> tables)
    {
        var count = tables.Count;
        var size = HeaderLength + (count * RecordLength);
        foreach (var (_, bytes) in tables)
        {
            size += Padded(bytes.Length);
        }

        var file = new byte[size];
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(6), (ushort)(power * RecordLength));
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), (ushort)((count - power) * RecordLength));

        var at = HeaderLength + (count * RecordLength);
        var headAt = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, bytes) = tables[i];
            bytes.CopyTo(file, at);
            var record = file.AsSpan(HeaderLength + (i * RecordLength), RecordLength);
            Encoding.Latin1.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(file.AsSpan(at, Padded(bytes.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)bytes.Length);
            if (tag == "head")
            {
                headAt = at;
            }

            at += Padded(bytes.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(headAt + 8), unchecked(ChecksumMagic - Checksum(file)));
        return file;
    }

    /// <summary>The TrueType checksum of <paramref name="bytes"/>: the sum of its big-endian 32-bit words, the last zero-padded.</summary>
    public static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        var whole = bytes.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]));
        }

        if (whole < bytes.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            bytes[whole..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }

    static int Padded(int length) => (length + 3) & ~3;
}
