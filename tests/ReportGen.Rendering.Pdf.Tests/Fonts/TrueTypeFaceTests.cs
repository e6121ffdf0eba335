using System.Buffers.Binary;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace ReportGen.Rendering.Pdf.Tests.Fonts;

/// <summary>Glyph ids, widths and metrics read by <see cref="TrueTypeFace"/>, checked against PdfPig (and, through <see cref="FontBook"/>, against PDFsharp in <see cref="MeasurementTests"/>).</summary>
public sealed class TrueTypeFaceTests
{
    static readonly string Printable = new([.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c)]);

    [Test]
    public void Glyph_ids_agree_with_PdfPigs_reading_of_the_character_map()
    {
        var face = TrueTypeFace.Parse(FontFiles.Regular);
        var pig = TrueTypeFontParser.Parse(new TrueTypeDataBytes(FontFiles.Regular));

        Assert.Multiple(() =>
        {
            foreach (var c in Printable + "£€–’é\u00A0ŁŒœ")
            {
                Assert.That(pig.WindowsUnicodeCMap.CharacterCodeToGlyphIndex(c), Is.EqualTo(face.GlyphId(c)), $"'{c}'");
            }
        });
        Assert.That(face.GlyphId(0x4E00), Is.Zero, "no CJK in Liberation Sans");
        Assert.That(face.GlyphId(0x1F600), Is.Zero, "no emoji");
        Assert.That(face.GlyphId(-1), Is.Zero);
        Assert.That(face.GlyphId(0x110000), Is.Zero, "past the end of Unicode");
    }

    [Test]
    public void Advance_widths_of_every_glyph_agree_with_PdfPig()
    {
        var face = TrueTypeFace.Parse(FontFiles.Regular);
        var pig = TrueTypeFontParser.Parse(new TrueTypeDataBytes(FontFiles.Regular));

        var maxp = FontFiles.Find(FontFiles.Regular, "maxp");
        Assert.That(face.GlyphCount, Is.EqualTo(BinaryPrimitives.ReadUInt16BigEndian(FontFiles.Regular.AsSpan(maxp.Offset + 4))));
        var mismatched = Enumerable.Range(0, face.GlyphCount)
            .Where(g => !pig.TryGetAdvanceWidth(g, Identity, out var width) || width != face.AdvanceWidth((ushort)g))
            .ToList();
        Assert.That(mismatched, Is.Empty);
        Assert.Throws<ArgumentOutOfRangeException>(() => face.AdvanceWidth((ushort)face.GlyphCount));
    }

    [TestCaseSource(nameof(FaceNames))]
    public void Descriptor_metrics_agree_with_PdfPigs_reading_of_the_tables(string name)
    {
        var bytes = FontFiles.Faces().Single(f => f.Name == name).Bytes;
        var face = TrueTypeFace.Parse(bytes);
        var tables = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes)).TableRegister;
        var bounds = tables.HeaderTable.Bounds;

        Assert.Multiple(() =>
        {
            Assert.That(face.UnitsPerEm, Is.EqualTo(tables.HeaderTable.UnitsPerEm));
            Assert.That(face.PostScriptName, Is.EqualTo(tables.NameTable!.GetPostscriptName()!.Replace(" ", "", StringComparison.Ordinal)));
            Assert.That(face.PostScriptName, Is.EqualTo(name == "Regular" ? "LiberationSans" : $"LiberationSans-{name}"));
            Assert.That(face.Ascender, Is.EqualTo(tables.HorizontalHeaderTable.Ascent));
            Assert.That(face.Descender, Is.EqualTo(tables.HorizontalHeaderTable.Descent).And.Negative);
            Assert.That(face.LineGap, Is.EqualTo(tables.HorizontalHeaderTable.LineGap));
            Assert.That(face.BoundingBox, Is.EqualTo(((int)bounds.Left, (int)bounds.Bottom, (int)bounds.Right, (int)bounds.Top)));
            Assert.That(face.ItalicAngle, Is.EqualTo(tables.PostScriptTable.ItalicAngle).Within(1e-4));
            Assert.That(face.ItalicAngle, name.Contains("Italic", StringComparison.Ordinal) ? Is.Negative : Is.Zero);
            Assert.That(face.IsFixedPitch, Is.False);
            Assert.That(face.UnderlinePosition, Is.EqualTo(tables.PostScriptTable.UnderlinePosition).And.Negative);
            Assert.That(face.UnderlineThickness, Is.EqualTo(tables.PostScriptTable.UnderlineThickness).And.Positive);
            Assert.That(face.WeightClass, Is.EqualTo(tables.Os2Table.WeightClass));
            Assert.That(face.WeightClass, Is.EqualTo(name.StartsWith("Bold", StringComparison.Ordinal) ? 700 : 400));
            Assert.That(face.IsBold, Is.EqualTo(name.StartsWith("Bold", StringComparison.Ordinal)));
            Assert.That(face.IsItalic, Is.EqualTo(name.EndsWith("Italic", StringComparison.Ordinal)));
            Assert.That(face.CapHeight, Is.InRange(face.UnitsPerEm / 2, face.Ascender), "OS/2 version 3 gives the cap height");
            Assert.That(face.CapHeight, Is.EqualTo(Height(face, 'H')), "the cap height is the height of 'H'");
        });
    }

    [Test]
    public void The_glyph_of_an_accented_letter_is_a_composite_of_the_letter_and_the_accent()
    {
        var face = TrueTypeFace.Parse(FontFiles.Regular);

        Assert.That(face.Components(face.GlyphId('é')), Is.EqualTo(new[] { face.GlyphId('e'), face.GlyphId('\u00B4') }));
        Assert.That(face.Components(face.GlyphId('e')), Is.Null, "a simple glyph");
    }

    [Test]
    public void A_full_Unicode_map_in_format_12_is_preferred_and_reaches_past_the_Basic_Multilingual_Plane()
    {
        var original = TrueTypeFace.Parse(FontFiles.Regular);
        var (a, x) = (original.GlyphId('A'), original.GlyphId('x'));
        // The Macintosh subtable (format 6, 522 bytes) rewritten as a Windows (3,10) format 12 map of two groups:
        // 'a'..'c' to the glyphs from 'x', and U+1F600..U+1F602 to the glyphs from 'A'.
        var font = FontFiles.Patched(FontFiles.Regular, f =>
        {
            var cmap = FontFiles.Find(f, "cmap").Offset;
            var record = cmap + 4 + (8 * Enumerable.Range(0, 3).Single(i => BinaryPrimitives.ReadUInt16BigEndian(f.AsSpan(cmap + 4 + (8 * i))) == 1));
            BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(record), 3);
            BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(record + 2), 10);
            var table = f.AsSpan(cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(f.AsSpan(record + 4)));
            uint[] words = [12 << 16, 16 + (2 * 12), 0, 2, 'a', 'c', x, 0x1F600, 0x1F602, a];
            for (var i = 0; i < words.Length; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(table[(4 * i)..], words[i]);
            }
        });
        var face = TrueTypeFace.Parse(font);

        Assert.That(face.GlyphId(0x1F601), Is.EqualTo(original.GlyphId('B')));
        Assert.That(face.GlyphId(0x1F602), Is.EqualTo(original.GlyphId('C')));
        Assert.That(face.GlyphId('b'), Is.EqualTo(original.GlyphId('y')));
        Assert.That(face.GlyphId('A'), Is.Zero, "only the format 12 map is read");
        Assert.That(face.GlyphId(0x1F603), Is.Zero);
    }

    [Test]
    public void Glyphs_past_the_horizontal_metrics_take_the_last_advance()
    {
        var font = FontFiles.Patched(FontFiles.Regular, f =>
            BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(FontFiles.Find(f, "hhea").Offset + 34), 40));
        var original = TrueTypeFace.Parse(FontFiles.Regular);
        var face = TrueTypeFace.Parse(font);

        Assert.That(Enumerable.Range(0, 40).Select(g => face.AdvanceWidth((ushort)g)),
            Is.EqualTo(Enumerable.Range(0, 40).Select(g => original.AdvanceWidth((ushort)g))));
        Assert.That(Enumerable.Range(40, face.GlyphCount - 40).Select(g => face.AdvanceWidth((ushort)g)),
            Has.All.EqualTo(original.AdvanceWidth(39)));
        Assert.That(original.AdvanceWidth(original.GlyphId('i')), Is.Not.EqualTo(original.AdvanceWidth(39)), "a real change");
    }

    [Test]
    public void Without_an_OS2_table_style_comes_from_the_font_header()
    {
        var bold = BuiltInFonts.Default.BoldItalic!;
        var font = FontFiles.Patched(bold, f => "XS/2"u8.CopyTo(f.AsSpan(FontFiles.Record(f, "OS/2"))));
        var face = TrueTypeFace.Parse(font);

        Assert.That((face.IsBold, face.IsItalic), Is.EqualTo((true, true)), "head.macStyle");
        Assert.That(face.WeightClass, Is.EqualTo(700));
        Assert.That(face.CapHeight, Is.EqualTo(face.Ascender));
        Assert.That(TrueTypeFace.Parse(FontFiles.Patched(FontFiles.Regular, f => "XS/2"u8.CopyTo(f.AsSpan(FontFiles.Record(f, "OS/2"))))).WeightClass,
            Is.EqualTo(400));
    }

    [TestCase(400, false, 400)]
    [TestCase(350, false, 400)]
    [TestCase(950, true, 900)]
    [TestCase(5, false, 500)]
    [TestCase(0, true, 700)]
    [TestCase(0, false, 400)]
    [TestCase(40000, false, 400)]
    public void The_weight_is_a_hundred_from_100_to_900(int weightClass, bool bold, int expected)
    {
        var regularOrBold = bold ? BuiltInFonts.Default.Bold! : FontFiles.Regular;
        var font = FontFiles.Patched(regularOrBold, f =>
            BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(FontFiles.Find(f, "OS/2").Offset + 4), (ushort)weightClass));

        Assert.That(TrueTypeFace.Parse(font).WeightClass, Is.EqualTo(expected));
    }

    [Test]
    public void Without_a_PostScript_name_the_family_name_is_used_without_spaces()
    {
        // Every name record with ID 6 renumbered to 99.
        var font = FontFiles.Patched(FontFiles.Regular, f =>
        {
            var name = FontFiles.Find(f, "name").Offset;
            var count = BinaryPrimitives.ReadUInt16BigEndian(f.AsSpan(name + 2));
            for (var i = 0; i < count; i++)
            {
                var id = f.AsSpan(name + 6 + (12 * i) + 6, 2);
                if (BinaryPrimitives.ReadUInt16BigEndian(id) == 6)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(id, 99);
                }
            }
        });

        Assert.That(TrueTypeFace.Parse(font).PostScriptName, Is.EqualTo("LiberationSans"));
        var nameless = FontFiles.Patched(font, f => BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(FontFiles.Find(f, "name").Offset + 2), 0));
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(nameless));
        Assert.That(error!.Message, Does.Contain("name ID 6"));
    }

    // PdfPig looks glyphs up by character code unless given a mapping: this one makes the code the glyph id.
    static int? Identity(int glyph) => glyph;

    static IEnumerable<string> FaceNames() => FontFiles.Faces().Select(f => f.Name);

    // The top of a glyph's outline, from its header (yMax).
    static int Height(TrueTypeFace face, char c) =>
        BinaryPrimitives.ReadInt16BigEndian(face.Outline(face.GlyphId(c))[8..]);
}
