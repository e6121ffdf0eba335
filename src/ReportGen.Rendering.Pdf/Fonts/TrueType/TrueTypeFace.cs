namespace ReportGen.Rendering.Pdf.Fonts.TrueType;

/// <summary>
/// One TrueType face, read from its bytes once: glyph ids of characters, advance widths, the metrics a PDF font
/// descriptor needs, and subsets of the font program to embed (<see cref="Subset"/>). The bytes may come from a
/// user, so they are treated as hostile: anything damaged or unsupported (a CFF-outline OpenType font, a font
/// collection, a truncated table, an offset out of range, a composite glyph that contains itself) gives one
/// <see cref="InvalidDataException"/> saying what is wrong, from <see cref="Parse"/>. A face does not change once
/// read, so one may be cached per font file and shared between threads.
/// </summary>
internal sealed class TrueTypeFace
{
    readonly TableDirectory _tables;
    readonly CharacterMap _characters;
    readonly ushort[] _advances;
    readonly GlyphOutlines _outlines;

    TrueTypeFace(TableDirectory tables, CharacterMap characters, ushort[] advances, GlyphOutlines outlines)
    {
        _tables = tables;
        _characters = characters;
        _advances = advances;
        _outlines = outlines;
    }

    /// <summary>Font design units per em (<c>head.unitsPerEm</c>).</summary>
    public int UnitsPerEm { get; private init; }

    /// <summary>The number of glyphs (<c>maxp.numGlyphs</c>); glyph ids run from 0 to one less.</summary>
    public int GlyphCount { get; private init; }

    /// <summary>The PostScript name (name ID 6, else the family name), without spaces: the PDF's <c>/BaseFont</c>.</summary>
    public string PostScriptName { get; private init; } = "";

    /// <summary>Height above the baseline (<c>hhea.ascender</c>), in font units.</summary>
    public int Ascender { get; private init; }

    /// <summary>Depth below the baseline (<c>hhea.descender</c>), in font units; negative.</summary>
    public int Descender { get; private init; }

    /// <summary>Extra space between lines (<c>hhea.lineGap</c>), in font units.</summary>
    public int LineGap { get; private init; }

    /// <summary>The height of capital letters (<c>OS/2.sCapHeight</c> from version 2 on when not 0, else <see cref="Ascender"/>).</summary>
    public int CapHeight { get; private init; }

    /// <summary>The slant of the face in degrees, counter-clockwise from vertical (<c>post.italicAngle</c>).</summary>
    public double ItalicAngle { get; private init; }

    /// <summary>The box that holds every glyph (<c>head</c>), in font units.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; private init; }

    /// <summary>Whether every glyph has the same advance (<c>post.isFixedPitch</c>).</summary>
    public bool IsFixedPitch { get; private init; }

    /// <summary>Whether the face is bold (<c>OS/2.fsSelection</c>, else <c>head.macStyle</c>).</summary>
    public bool IsBold { get; private init; }

    /// <summary>Whether the face is italic (<c>OS/2.fsSelection</c>, else <c>head.macStyle</c>).</summary>
    public bool IsItalic { get; private init; }

    /// <summary>
    /// The weight, a hundred from 100 to 900 as a PDF font descriptor's <c>/FontWeight</c> takes it
    /// (<c>OS/2.usWeightClass</c>, rounded; old fonts' 1 to 9 read as 100 to 900; without an OS/2 table, or with a
    /// weight of 0 or past 1000, 700 when bold, else 400).
    /// </summary>
    public int WeightClass { get; private init; }

    /// <summary>Where the underline's top goes (<c>post.underlinePosition</c>), in font units; negative is below the baseline.</summary>
    public int UnderlinePosition { get; private init; }

    /// <summary>The underline's thickness (<c>post.underlineThickness</c>), in font units.</summary>
    public int UnderlineThickness { get; private init; }

    /// <summary>Reads a TrueType font file.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a TrueType font this reader can use; the message says why.</exception>
    public static TrueTypeFace Parse(byte[] data) => Read(data, embedded: false);

    /// <summary>
    /// Reads a font program as embedded in a PDF (such as one made by <see cref="Subset"/>), which needs no
    /// 'cmap' or 'name' table: without them <see cref="GlyphId"/> gives 0 and <see cref="PostScriptName"/> is empty.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not a TrueType font program this reader can use.</exception>
    public static TrueTypeFace ParseEmbedded(byte[] data) => Read(data, embedded: true);

    static TrueTypeFace Read(byte[] data, bool embedded)
    {
        ArgumentNullException.ThrowIfNull(data);
        var tables = TableDirectory.Read(data);
        if (!tables.Has("glyf") && tables.Has("CFF "))
        {
            throw new InvalidDataException(
                "the font has PostScript (CFF) outlines; only TrueType outlines (a 'glyf' table) can be embedded");
        }

        var head = tables.Required("head");
        head.Require(54, "a font header");
        var unitsPerEm = head.UInt16(18);
        if (unitsPerEm is < 16 or > 16384)
        {
            throw new InvalidDataException($"the font's 'head' table gives {unitsPerEm} units per em (16 to 16384 are allowed)");
        }

        var locaFormat = head.Int16(50);
        if (locaFormat is not (0 or 1))
        {
            throw new InvalidDataException($"the font's 'head' table gives an unknown 'loca' format ({locaFormat})");
        }

        var maxp = tables.Required("maxp");
        maxp.Require(6, "the number of glyphs");
        var glyphCount = maxp.UInt16(4);
        if (glyphCount == 0)
        {
            throw new InvalidDataException("the font has no glyphs ('maxp' gives 0)");
        }

        var hhea = tables.Required("hhea");
        hhea.Require(36, "a horizontal header");
        var advances = Advances(tables.Required("hmtx"), hhea.UInt16(34), glyphCount);
        var outlines = GlyphOutlines.Read(tables.Required("loca"), tables.Required("glyf"), glyphCount, locaFormat == 1);
        var characters = embedded && !tables.Has("cmap") ? CharacterMap.Empty : CharacterMap.Read(tables.Required("cmap"), glyphCount);
        var post = tables.Required("post");
        post.Require(16, "the italic angle, underline and pitch");
        var os2 = tables.Optional("OS/2") is { Length: >= 64 } table ? table : (FontTable?)null;
        var macStyle = head.UInt16(44);
        var fsSelection = os2?.UInt16(62);
        var bold = fsSelection is { } selection ? (selection & 0x20) != 0 : (macStyle & 1) != 0;
        var ascender = hhea.Int16(4);

        return new TrueTypeFace(tables, characters, advances, outlines)
        {
            UnitsPerEm = unitsPerEm,
            GlyphCount = glyphCount,
            PostScriptName = embedded && !tables.Has("name") ? "" : FontNames.PostScriptName(tables.Optional("name")),
            Ascender = ascender,
            Descender = hhea.Int16(6),
            LineGap = hhea.Int16(8),
            CapHeight = CapHeightOf(os2) ?? ascender,
            ItalicAngle = post.Int32(4) / 65536.0,
            BoundingBox = (head.Int16(36), head.Int16(38), head.Int16(40), head.Int16(42)),
            IsFixedPitch = post.UInt32(12) != 0,
            IsBold = bold,
            IsItalic = fsSelection is { } italic ? (italic & 1) != 0 : (macStyle & 2) != 0,
            WeightClass = Weight(os2?.UInt16(4), bold),
            UnderlinePosition = post.Int16(8),
            UnderlineThickness = post.Int16(10),
        };
    }

    /// <summary>The glyph for the Unicode code point <paramref name="codePoint"/>, or 0 (.notdef) when the font has none.</summary>
    public ushort GlyphId(int codePoint) => _characters.Glyph(codePoint);

    /// <summary>The bytes of <paramref name="glyph"/>'s outline in the 'glyf' table (empty for a glyph without one).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="glyph"/> is not a glyph of the font.</exception>
    public ReadOnlySpan<byte> Outline(ushort glyph)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(glyph, GlyphCount);
        return _outlines.Outline(glyph);
    }

    /// <summary>The glyphs composite glyph <paramref name="glyph"/> is made of, or <see langword="null"/> for a simple glyph.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="glyph"/> is not a glyph of the font.</exception>
    public IReadOnlyList<ushort>? Components(ushort glyph)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(glyph, GlyphCount);
        return _outlines.Components(glyph);
    }

    /// <summary>The advance width of <paramref name="glyph"/>, in font units.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="glyph"/> is not a glyph of the font.</exception>
    public int AdvanceWidth(ushort glyph)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(glyph, _advances.Length);
        return _advances[glyph];
    }

    /// <summary>
    /// A font program to embed for <paramref name="glyphs"/> (see <see cref="TrueTypeSubsetter"/>): every glyph
    /// keeps its id, and only the given glyphs, .notdef and their components keep their outlines.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A glyph id is not a glyph of the font.</exception>
    public byte[] Subset(IReadOnlyCollection<ushort> glyphs) => TrueTypeSubsetter.Subset(_tables, _outlines, glyphs);

    static int Weight(int? weightClass, bool bold) => weightClass switch
    {
        >= 1 and <= 9 => weightClass.Value * 100,
        >= 10 and <= 1000 => Math.Clamp((weightClass.Value + 50) / 100 * 100, 100, 900),
        _ => bold ? 700 : 400,
    };

    // OS/2 has sCapHeight from version 2 on; some fonts leave it 0, which is no height.
    static int? CapHeightOf(FontTable? os2) =>
        os2 is { } table && table.UInt16(0) >= 2 && table.Holds(88, 2) && table.Int16(88) is > 0 and var height ? height : null;

    // Glyphs past numberOfHMetrics share the last advance (monospaced runs at the end of a font); more metrics
    // than glyphs is out of specification, and the extra ones belong to no glyph.
    static ushort[] Advances(FontTable hmtx, int metrics, int glyphCount)
    {
        if (metrics == 0)
        {
            throw new InvalidDataException("the font's 'hhea' table gives no horizontal metrics");
        }

        metrics = Math.Min(metrics, glyphCount);

        hmtx.Require(metrics * 4L, $"the advance widths of {metrics} glyphs");
        var advances = new ushort[glyphCount];
        for (var i = 0; i < metrics; i++)
        {
            advances[i] = hmtx.UInt16(i * 4L);
        }

        Array.Fill(advances, advances[metrics - 1], metrics, glyphCount - metrics);
        return advances;
    }
}
