namespace ReportGen.Rendering.Pdf.Fonts.TrueType;

/// <summary>
/// Where each glyph's outline lies in the 'glyf' table (from 'loca'), and the glyphs each composite glyph is built
/// from. Read and checked once: every outline lies inside 'glyf', every component is a glyph of the font, and no
/// composite contains itself or nests deeper than <see cref="MaxDepth"/>, so the subsetter can follow components
/// without guarding against cycles.
/// </summary>
internal sealed class GlyphOutlines
{
    /// <summary>How deeply composite glyphs may nest (real fonts use one or two levels).</summary>
    public const int MaxDepth = 16;

    // Composite glyph flags (OpenType specification, 'glyf' table).
    const ushort ArgsAreWords = 0x0001;
    const ushort HasScale = 0x0008;
    const ushort MoreComponents = 0x0020;
    const ushort HasXYScale = 0x0040;
    const ushort HasTwoByTwo = 0x0080;

    readonly uint[] _offsets;
    readonly ushort[]?[] _components;

    GlyphOutlines(FontTable glyf, uint[] offsets, ushort[]?[] components)
    {
        Glyf = glyf;
        _offsets = offsets;
        _components = components;
    }

    /// <summary>The number of glyphs.</summary>
    public int Count => _components.Length;

    /// <summary>The font's 'glyf' table.</summary>
    public FontTable Glyf { get; }

    /// <summary>Glyph <paramref name="glyph"/>'s outline bytes (empty for a glyph with no outline, such as a space).</summary>
    public ReadOnlySpan<byte> Outline(int glyph) =>
        Glyf.Bytes[(int)_offsets[glyph]..(int)_offsets[glyph + 1]];

    /// <summary>The glyphs composite glyph <paramref name="glyph"/> is made of, or <see langword="null"/> for a simple glyph.</summary>
    public IReadOnlyList<ushort>? Components(int glyph) => _components[glyph];

    /// <summary>Reads 'loca' (short or long, as <paramref name="longOffsets"/> says) and the composite glyphs of 'glyf'.</summary>
    public static GlyphOutlines Read(FontTable loca, FontTable glyf, int glyphCount, bool longOffsets)
    {
        var offsets = new uint[glyphCount + 1];
        var size = longOffsets ? 4 : 2;
        loca.Require((glyphCount + 1L) * size, $"the locations of {glyphCount} glyphs");
        for (var i = 0; i <= glyphCount; i++)
        {
            offsets[i] = longOffsets ? loca.UInt32(i * 4L) : loca.UInt16(i * 2L) * 2u;
            if (offsets[i] > glyf.Length || (i > 0 && offsets[i] < offsets[i - 1]))
            {
                throw new InvalidDataException(
                    $"the font's 'loca' table puts glyph {i} at byte {offsets[i]}, outside the 'glyf' table or before the glyph ahead of it");
            }
        }

        var components = new ushort[]?[glyphCount];
        for (var glyph = 0; glyph < glyphCount; glyph++)
        {
            var length = offsets[glyph + 1] - offsets[glyph];
            if (length == 0)
            {
                continue;
            }

            if (length < 10)
            {
                throw new InvalidDataException($"the font's glyph {glyph} is {length} bytes long, too short for a glyph header");
            }

            if (glyf.Int16(offsets[glyph]) < 0)
            {
                components[glyph] = ReadComponents(glyf, glyph, offsets[glyph], offsets[glyph + 1], glyphCount);
            }
        }

        CheckNesting(components);
        return new GlyphOutlines(glyf, offsets, components);
    }

    static ushort[] ReadComponents(FontTable glyf, int glyph, long start, long end, int glyphCount)
    {
        var components = new List<ushort>(2);
        var at = start + 10;
        ushort flags;
        do
        {
            if (at + 4 > end)
            {
                throw new InvalidDataException($"the font's composite glyph {glyph} runs past its end");
            }

            flags = glyf.UInt16(at);
            var component = glyf.UInt16(at + 2);
            if (component >= glyphCount)
            {
                throw new InvalidDataException(
                    $"the font's composite glyph {glyph} is made of glyph {component}, but the font has only {glyphCount} glyphs");
            }

            components.Add(component);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);

        if (at > end)
        {
            throw new InvalidDataException($"the font's composite glyph {glyph} runs past its end");
        }

        return [.. components];
    }

    // Depth of every composite glyph, each worked out once; a glyph met again while its own depth is being worked
    // out is a cycle. The recursion is cut at MaxDepth, so a hostile font cannot overflow the stack.
    static void CheckNesting(ushort[]?[] components)
    {
        var depths = new int[components.Length]; // 0: not yet known; -1: being worked out; else depth + 1
        for (var glyph = 0; glyph < components.Length; glyph++)
        {
            if (components[glyph] is not null)
            {
                Depth(glyph, 0);
            }
        }

        int Depth(int glyph, int level)
        {
            if (depths[glyph] > 0)
            {
                return depths[glyph] - 1;
            }

            if (depths[glyph] < 0)
            {
                throw new InvalidDataException($"the font's composite glyph {glyph} contains itself");
            }

            if (components[glyph] is not { } parts)
            {
                depths[glyph] = 1;
                return 0;
            }

            if (level > MaxDepth)
            {
                throw TooDeep(glyph);
            }

            depths[glyph] = -1;
            var depth = 0;
            foreach (var part in parts)
            {
                depth = Math.Max(depth, Depth(part, level + 1) + 1);
            }

            if (depth > MaxDepth)
            {
                throw TooDeep(glyph);
            }

            depths[glyph] = depth + 1;
            return depth;
        }
    }

    static InvalidDataException TooDeep(int glyph) =>
        new($"the font's composite glyphs nest more than {MaxDepth} deep (at glyph {glyph})");
}
