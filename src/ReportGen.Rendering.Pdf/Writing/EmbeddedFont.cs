using System.Security.Cryptography;
using System.Text;
using ReportGen.Rendering.Pdf.Fonts.TrueType;

namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// One TrueType face as the document uses it: text is shown by glyph id (Identity-H, CIDToGIDMap Identity), the
/// glyphs used are remembered with the characters they stand for, and at the end the face is written as a Type 0
/// font with a subset of the font program, its glyph widths and a ToUnicode map (ISO 32000-1 §9.7, §9.10.3), so text
/// can be searched, copied and read aloud.
/// </summary>
internal sealed class EmbeddedFont
{
    readonly TrueTypeFace _face;
    readonly string?[] _characters;

    /// <summary>A font for <paramref name="face"/>, named <paramref name="resourceName"/> in page resources, written as object <paramref name="number"/>.</summary>
    public EmbeddedFont(TrueTypeFace face, string resourceName, int number)
    {
        _face = face;
        ResourceName = resourceName;
        Number = number;
        _characters = new string?[face.GlyphCount];
    }

    /// <summary>The font's name in the pages' resources (<c>F0</c>, <c>F1</c>…).</summary>
    public string ResourceName { get; }

    /// <summary>The object number of the Type 0 font.</summary>
    public int Number { get; }

    /// <summary>Appends <paramref name="text"/> as a hexadecimal string of glyph ids, remembering each glyph.</summary>
    public void Show(string text, ByteSink sink)
    {
        sink.Byte((byte)'<');
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            var units = 1;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                units = 2;
            }

            var glyph = _face.GlyphId(codePoint);
            if (glyph != 0 && glyph < _characters.Length && _characters[glyph] is null)
            {
                _characters[glyph] = text.Substring(i, units);
            }

            sink.Hex16(glyph);
            i += units - 1;
        }

        sink.Byte((byte)'>');
    }

    /// <summary>Writes the font, its descendant, descriptor, font program and ToUnicode map into <paramref name="file"/>.</summary>
    public void Write(PdfFile file)
    {
        var glyphs = new List<ushort>();
        for (var glyph = 0; glyph < _characters.Length; glyph++)
        {
            if (_characters[glyph] is not null)
            {
                glyphs.Add((ushort)glyph);
            }
        }

        var baseFont = SubsetTag(glyphs) + "+" + _face.PostScriptName;
        var descendant = file.Reserve();
        var toUnicode = file.Reserve();
        var sink = file.Begin(Number);
        sink.Raw("<</Type/Font/Subtype/Type0/BaseFont"u8).Name(baseFont).Raw("/Encoding/Identity-H/DescendantFonts["u8)
            .Reference(descendant).Raw("]/ToUnicode "u8).Reference(toUnicode).Raw(">>"u8);
        file.End();

        var descriptor = file.Reserve();
        sink = file.Begin(descendant);
        sink.Raw("<</Type/Font/Subtype/CIDFontType2/BaseFont"u8).Name(baseFont)
            .Raw("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor "u8).Reference(descriptor)
            .Raw("/CIDToGIDMap/Identity/W["u8);
        WriteWidths(sink, glyphs);
        sink.Raw("]>>"u8);
        file.End();

        var program = file.Reserve();
        var box = _face.BoundingBox;
        sink = file.Begin(descriptor);
        sink.Raw("<</Type/FontDescriptor/FontName"u8).Name(baseFont)
            .Raw("/Flags "u8).Int(Flags())
            .Raw("/FontBBox["u8).Real(Scale(box.XMin)).Space().Real(Scale(box.YMin)).Space().Real(Scale(box.XMax)).Space().Real(Scale(box.YMax))
            .Raw("]/ItalicAngle "u8).Real(_face.ItalicAngle)
            .Raw("/Ascent "u8).Real(Scale(_face.Ascender))
            .Raw("/Descent "u8).Real(Scale(_face.Descender))
            .Raw("/CapHeight "u8).Real(Scale(_face.CapHeight))
            .Raw("/StemV "u8).Int(_face.IsBold ? 120 : 80)
            .Raw("/FontFile2 "u8).Reference(program).Raw(">>"u8);
        file.End();

        glyphs.Insert(0, 0);
        var subset = _face.Subset(glyphs);
        file.Stream(program, subset, keys: s => s.Raw("/Length1 "u8).Int(subset.Length));
        file.Stream(toUnicode, Encoding.ASCII.GetBytes(ToUnicodeMap(glyphs)));
    }

    // The /W array: runs of consecutive glyph ids, each with its widths in thousandths of the text size.
    void WriteWidths(ByteSink sink, List<ushort> glyphs)
    {
        for (var i = 0; i < glyphs.Count;)
        {
            sink.Int(glyphs[i]).Byte((byte)'[');
            var j = i;
            do
            {
                if (j > i)
                {
                    sink.Space();
                }

                sink.Real(Scale(_face.AdvanceWidth(glyphs[j])));
                j++;
            }
            while (j < glyphs.Count && glyphs[j] == glyphs[j - 1] + 1);

            sink.Byte((byte)']');
            i = j;
        }
    }

    // Nonsymbolic (the glyphs are named by Unicode), with fixed pitch and italic as the face says (§9.8.2).
    int Flags() => 32 | (_face.IsFixedPitch ? 1 : 0) | (_face.IsItalic ? 64 : 0);

    double Scale(int fontUnits) => fontUnits * 1000.0 / _face.UnitsPerEm;

    // A CMap from each glyph id to the characters it was used for, in blocks of at most 100 (§9.10.3).
    string ToUnicodeMap(List<ushort> glyphs)
    {
        var mapped = glyphs.Where(g => g != 0).ToList();
        var map = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in mapped.Chunk(100))
        {
            map.Append(block.Length).Append(" beginbfchar\n");
            foreach (var glyph in block)
            {
                map.Append('<').Append(glyph.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append("> <");
                foreach (var unit in _characters[glyph]!)
                {
                    map.Append(((int)unit).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }

                map.Append(">\n");
            }

            map.Append("endbfchar\n");
        }

        return map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }

    // Six capitals from the face's name and the glyphs used: the same subset always gets the same tag (§9.6.4).
    string SubsetTag(List<ushort> glyphs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(_face.PostScriptName));
        foreach (var glyph in glyphs)
        {
            hash.AppendData(BitConverter.GetBytes(glyph));
        }

        return string.Concat(hash.GetHashAndReset().Take(6).Select(b => (char)('A' + (b % 26))));
    }
}
