using System.Runtime.CompilerServices;
using ReportGen.Rendering.Pdf.Fonts.TrueType;

namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>
/// The fonts of one rendering: which face of the set each style is set in, and measurements of text set in them,
/// from the faces' own tables (advance widths, and the line spacing and ascent of <c>hhea</c>).
/// </summary>
internal sealed class FontBook(PdfFontSet fonts)
{
    /// <summary>
    /// What PDF viewers have long added to each character's advance when they embolden a face that has no bold: 2% of
    /// the size, which the layout leaves room for.
    /// </summary>
    const double SimulatedBoldGain = 0.02;

    // A face's tables are read once per process, whoever asks: keyed by the very byte array of the set.
    static readonly ConditionalWeakTable<byte[], TrueTypeFace> Parsed = [];

    readonly ResolvedFace?[] _faces = new ResolvedFace?[4];

    /// <summary>The font set measured.</summary>
    public PdfFontSet Fonts => fonts;

    /// <summary>
    /// The face <paramref name="spec"/> is set in: the set's own face for the style, or the nearest one with the rest
    /// simulated (bold italic from bold, then italic, then regular).
    /// </summary>
    public ResolvedFace Face(FontSpec spec)
    {
        var index = (spec.Bold ? 2 : 0) + (spec.Italic ? 1 : 0);
        return _faces[index] ??= (spec.Bold, spec.Italic) switch
        {
            (true, true) when fonts.BoldItalic is { } boldItalic => Resolve(boldItalic, false, false),
            (true, true) when fonts.Bold is { } bold => Resolve(bold, false, true),
            (true, true) when fonts.Italic is { } italic => Resolve(italic, true, false),
            (true, true) => Resolve(fonts.Regular, true, true),
            (true, false) when fonts.Bold is { } bold => Resolve(bold, false, false),
            (true, false) => Resolve(fonts.Regular, true, false),
            (false, true) when fonts.Italic is { } italic => Resolve(italic, false, false),
            (false, true) => Resolve(fonts.Regular, false, true),
            _ => Resolve(fonts.Regular, false, false),
        };
    }

    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    public double Width(string text, FontSpec spec) => Width(text.AsSpan(), spec);

    /// <summary>The advance width of <paramref name="text"/> in points: its glyphs' advances, in font units, scaled to the size.</summary>
    public double Width(ReadOnlySpan<char> text, FontSpec spec)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var resolved = Face(spec);
        var face = resolved.Face;
        long units = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[++i]);
            }

            units += face.AdvanceWidth(face.GlyphId(codePoint));
        }

        var width = units * spec.Size / face.UnitsPerEm;
        return resolved.SimulateBold ? width + (text.Length * spec.Size * SimulatedBoldGain) : width;
    }

    /// <summary>The distance between baselines of lines set in <paramref name="spec"/>: ascender, descender and line gap.</summary>
    public double LineHeight(FontSpec spec)
    {
        var face = Face(spec).Face;
        return (face.Ascender - face.Descender + face.LineGap) * spec.Size / face.UnitsPerEm;
    }

    /// <summary>The height from the top of a line to its baseline.</summary>
    public double Ascent(FontSpec spec)
    {
        var face = Face(spec).Face;
        return spec.Size * face.Ascender / face.UnitsPerEm;
    }

    /// <summary>How far below the baseline an underline goes (positive is down), at least a point.</summary>
    public double UnderlineOffset(FontSpec spec)
    {
        var face = Face(spec).Face;
        return Math.Max(1, -spec.Size * face.UnderlinePosition / face.UnitsPerEm);
    }

    /// <summary>
    /// The face in <paramref name="bytes"/>, read once per process for the same array (a project's fonts are read when
    /// they are checked, and not again when the PDF is rendered); <see cref="InvalidDataException"/> when it cannot be
    /// embedded.
    /// </summary>
    public static TrueTypeFace Read(byte[] bytes) => Parsed.GetValue(bytes, TrueTypeFace.Parse);

    static ResolvedFace Resolve(byte[] bytes, bool simulateBold, bool simulateItalic) => new(Read(bytes), simulateBold, simulateItalic);
}
