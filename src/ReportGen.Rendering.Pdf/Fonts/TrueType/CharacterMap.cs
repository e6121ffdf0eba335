namespace ReportGen.Rendering.Pdf.Fonts.TrueType;

/// <summary>
/// A font's Unicode character map ('cmap', OpenType specification), read once into a two-level table of
/// 256-entry pages covering all of Unicode, so looking a character up is two array reads. Pages with no glyph
/// are not allocated: Liberation Sans needs about 40 of them (20 KB).
/// </summary>
internal sealed class CharacterMap
{
    const int LastCodePoint = 0x10FFFF;

    readonly ushort[]?[] _pages = new ushort[]?[(LastCodePoint >> 8) + 1];

    CharacterMap()
    {
    }

    /// <summary>A map with no characters, for a font program embedded in a PDF, which has no 'cmap' table.</summary>
    public static CharacterMap Empty { get; } = new();

    /// <summary>The glyph of <paramref name="codePoint"/>, or 0 (.notdef) when the font has none.</summary>
    public ushort Glyph(int codePoint) =>
        unchecked((uint)codePoint) <= LastCodePoint && _pages[codePoint >> 8] is { } page ? page[codePoint & 0xFF] : (ushort)0;

    /// <summary>
    /// Reads the best Unicode subtable of <paramref name="cmap"/>: (3,10) or (0,4/6) in format 12 (all of
    /// Unicode), else (3,1) or (0,x) in format 4 (the Basic Multilingual Plane). Glyph ids past
    /// <paramref name="glyphCount"/> map to 0.
    /// </summary>
    public static CharacterMap Read(FontTable cmap, int glyphCount)
    {
        var count = cmap.UInt16(2);
        cmap.Require(4 + (count * 8L), $"its {count} subtable records");
        long? format12 = null, format4 = null;
        var format12Rank = int.MaxValue;
        var format4Rank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var record = 4 + (i * 8L);
            var platform = cmap.UInt16(record);
            var encoding = cmap.UInt16(record + 2);
            long offset = cmap.UInt32(record + 4);
            var rank = (platform, encoding) switch
            {
                (3, 10) => 0,
                (3, 1) => 1,
                (0, _) => 2,
                _ => -1,
            };
            if (rank < 0 || !cmap.Holds(offset, 2))
            {
                continue;
            }

            var format = cmap.UInt16(offset);
            if (format == 12 && rank < format12Rank)
            {
                (format12, format12Rank) = (offset, rank);
            }
            else if (format == 4 && rank < format4Rank)
            {
                (format4, format4Rank) = (offset, rank);
            }
        }

        var map = new CharacterMap();
        if (format12 is { } at12)
        {
            map.ReadFormat12(cmap, at12, glyphCount);
        }
        else if (format4 is { } at4)
        {
            map.ReadFormat4(cmap, at4, glyphCount);
        }
        else
        {
            throw new InvalidDataException(
                "the font's 'cmap' table has no Unicode character map (platform 3 encoding 1 or 10, or platform 0, in format 4 or 12)");
        }

        return map;
    }

    // Segmented mapping to 16-bit values. Segments are sorted by end code; each code point is read once (a
    // segment starts no earlier than the one before it ended), so a hostile table cannot make this loop longer
    // than the 65,536 code points of the plane.
    void ReadFormat4(FontTable cmap, long at, int glyphCount)
    {
        var segments = cmap.UInt16(at + 6) / 2;
        var ends = at + 14;
        var starts = ends + (segments * 2L) + 2;
        var deltas = starts + (segments * 2L);
        var rangeOffsets = deltas + (segments * 2L);
        cmap.Require(rangeOffsets + (segments * 2L), $"its format 4 map of {segments} segments");
        var next = 0;
        for (var i = 0; i < segments; i++)
        {
            var end = Math.Min((int)cmap.UInt16(ends + (i * 2L)), 0xFFFE); // U+FFFF is not a character
            var start = Math.Max((int)cmap.UInt16(starts + (i * 2L)), next);
            var delta = cmap.UInt16(deltas + (i * 2L));
            var rangeOffsetAt = rangeOffsets + (i * 2L);
            var rangeOffset = cmap.UInt16(rangeOffsetAt);
            for (var c = start; c <= end; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    glyph = cmap.UInt16(rangeOffsetAt + rangeOffset + ((c - start) * 2L));
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                Set(c, glyph, glyphCount);
            }

            next = Math.Max(next, end + 1);
        }
    }

    // Segmented coverage of all of Unicode; groups are sorted by start code, and as above each code point is read
    // at most once.
    void ReadFormat12(FontTable cmap, long at, int glyphCount)
    {
        long groups = cmap.UInt32(at + 12);
        cmap.Require(at + 16 + (groups * 12), $"its format 12 map of {groups} groups");
        long next = 0;
        for (long i = 0; i < groups; i++)
        {
            var group = at + 16 + (i * 12);
            long first = cmap.UInt32(group);
            var end = Math.Min(cmap.UInt32(group + 4), LastCodePoint);
            long startGlyph = cmap.UInt32(group + 8);
            for (var c = Math.Max(first, next); c <= end; c++)
            {
                var glyph = startGlyph + (c - first);
                Set((int)c, glyph < glyphCount ? (int)glyph : 0, glyphCount);
            }

            next = Math.Max(next, (long)end + 1);
        }
    }

    void Set(int codePoint, int glyph, int glyphCount)
    {
        if (glyph == 0 || glyph >= glyphCount)
        {
            return;
        }

        var page = _pages[codePoint >> 8] ??= new ushort[256];
        page[codePoint & 0xFF] = (ushort)glyph;
    }
}
