using System.Buffers.Binary;
using ReportGen.Rendering.Pdf.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;
using UglyToad.PdfPig.Fonts.TrueType.Tables;

namespace ReportGen.Rendering.Pdf.Tests.Fonts;

/// <summary>Subsets made by <see cref="TrueTypeFace.Subset"/>, read back with our reader, PdfPig and a directory reader of the tests' own.</summary>
public sealed class TrueTypeSubsetTests
{
    const string Text = "The quick brown fox 0123456789 café";

    static readonly TrueTypeFace Original = TrueTypeFace.Parse(FontFiles.Regular);

    static ushort[] GlyphsOf(string text) => [.. text.Select(c => Original.GlyphId(c)).Distinct()];

    [Test]
    public void Kept_glyphs_keep_their_ids_and_outlines_and_the_others_are_empty()
    {
        var glyphs = GlyphsOf(Text);
        var subset = TrueTypeFace.ParseEmbedded(Original.Subset(glyphs));
        var eAcute = Original.GlyphId('é');
        var expected = new HashSet<ushort>(glyphs) { 0 };
        expected.UnionWith(Original.Components(eAcute)!);

        Assert.That(subset.GlyphCount, Is.EqualTo(Original.GlyphCount));
        Assert.That(Original.Components(eAcute), Is.Not.Null.And.Not.Empty, "'é' is a composite glyph");
        Assert.That(expected, Does.Contain(Original.GlyphId('\u00B4')), "its accent is kept with it, though not in the text");
        Assert.Multiple(() =>
        {
            for (var glyph = (ushort)0; glyph < Original.GlyphCount; glyph++)
            {
                var outline = subset.Outline(glyph).ToArray();
                if (expected.Contains(glyph))
                {
                    var original = Original.Outline(glyph).ToArray();
                    Assert.That(outline.Length, Is.EqualTo((original.Length + 3) / 4 * 4), $"glyph {glyph} padded to four bytes");
                    Assert.That(outline[..original.Length], Is.EqualTo(original), $"glyph {glyph} as it was");
                    Assert.That(outline[original.Length..], Is.All.Zero);
                }
                else
                {
                    Assert.That(outline, Is.Empty, $"glyph {glyph} dropped");
                }

                Assert.That(subset.AdvanceWidth(glyph), Is.EqualTo(Original.AdvanceWidth(glyph)));
            }
        });
        Assert.That(expected.Count(g => Original.Outline(g).Length > 0), Is.GreaterThan(20), "real outlines were compared");
    }

    [Test]
    public void The_subset_keeps_the_metrics_a_font_descriptor_is_made_from()
    {
        var subset = TrueTypeFace.ParseEmbedded(Original.Subset(GlyphsOf(Text)));

        Assert.Multiple(() =>
        {
            Assert.That(subset.UnitsPerEm, Is.EqualTo(Original.UnitsPerEm));
            Assert.That(subset.BoundingBox, Is.EqualTo(Original.BoundingBox));
            Assert.That((subset.Ascender, subset.Descender, subset.LineGap), Is.EqualTo((Original.Ascender, Original.Descender, Original.LineGap)));
            Assert.That(subset.CapHeight, Is.EqualTo(Original.CapHeight));
            Assert.That(subset.ItalicAngle, Is.EqualTo(Original.ItalicAngle));
            Assert.That((subset.UnderlinePosition, subset.UnderlineThickness), Is.EqualTo((Original.UnderlinePosition, Original.UnderlineThickness)));
            Assert.That((subset.IsBold, subset.IsItalic, subset.WeightClass), Is.EqualTo((Original.IsBold, Original.IsItalic, Original.WeightClass)));
            Assert.That(subset.GlyphId('T'), Is.Zero, "a subset has no character map: the PDF maps codes to glyphs");
        });
    }

    [Test]
    public void PdfPig_reads_the_subsets_glyphs_as_in_the_original()
    {
        var glyphs = GlyphsOf(Text);
        var original = TrueTypeFontParser.Parse(new TrueTypeDataBytes(FontFiles.Regular));
        var subset = TrueTypeFontParser.Parse(new TrueTypeDataBytes(Original.Subset(glyphs)));

        Assert.That(subset.TableRegister.HeaderTable.IndexToLocFormat, Is.EqualTo(IndexToLocationTable.EntryFormat.Long), "long 'loca' offsets");
        Assert.Multiple(() =>
        {
            foreach (var glyph in glyphs.Append(Original.GlyphId('e')).Append((ushort)0))
            {
                Assert.That(subset.TryGetBoundingBox(glyph, Identity, out var box), Is.True, $"glyph {glyph}");
                Assert.That(original.TryGetBoundingBox(glyph, Identity, out var expected), Is.True);
                Assert.That(box, Is.EqualTo(expected), $"glyph {glyph}");
                Assert.That(subset.TryGetAdvanceWidth(glyph, Identity, out var width) && width == Original.AdvanceWidth(glyph), Is.True);
            }
        });
        var dropped = Original.GlyphId('Z');
        Assert.That(original.TryGetBoundingBox(dropped, Identity, out var z) && z.Height > 0, Is.True);
        Assert.That(subset.TryGetBoundingBox(dropped, Identity, out var empty) && empty.Height > 0, Is.False, "'Z' is not in the text");
    }

    [Test]
    public void The_directory_is_sorted_with_correct_search_fields_and_checksums()
    {
        var font = Original.Subset(GlyphsOf(Text));
        var tables = FontFiles.Tables(font);
        var count = tables.Count;
        var power = 1 << (int)Math.Log2(count);

        Assert.That(tables.Select(t => t.Tag), Is.EqualTo(new[] { "OS/2", "cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "post", "prep" }));
        Assert.That(BinaryPrimitives.ReadUInt32BigEndian(font), Is.EqualTo(0x00010000u));
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(6)), Is.EqualTo(power * 16), "searchRange");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(8)), Is.EqualTo((int)Math.Log2(power)), "entrySelector");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(10)), Is.EqualTo((count * 16) - (power * 16)), "rangeShift");
        Assert.Multiple(() =>
        {
            foreach (var table in tables)
            {
                Assert.That(table.Offset % 4, Is.Zero, $"'{table.Tag}' starts on a four-byte boundary");
                var bytes = font.AsSpan(table.Offset, table.Length).ToArray();
                if (table.Tag == "head")
                {
                    bytes.AsSpan(8, 4).Clear(); // checkSumAdjustment counts as 0 in the head's own checksum
                }

                Assert.That(table.Checksum, Is.EqualTo(FontFiles.Sum(bytes)), $"checksum of '{table.Tag}'");
            }
        });
        Assert.That(FontFiles.Sum(font), Is.EqualTo(0xB1B0AFBAu), "head.checkSumAdjustment makes the file sum to 0xB1B0AFBA");
        Assert.That(tables.Last().Offset + tables.Last().Length, Is.InRange(font.Length - 3, font.Length), "no stray bytes");
    }

    [Test]
    public void Post_is_version_3_without_glyph_names()
    {
        var font = Original.Subset(GlyphsOf(Text));
        var post = FontFiles.Find(font, "post");
        var pig = TrueTypeFontParser.Parse(new TrueTypeDataBytes(font)).TableRegister.PostScriptTable;

        Assert.That(post.Length, Is.EqualTo(32));
        Assert.That(pig.Format, Is.EqualTo(3));
        Assert.That(pig.ItalicAngle, Is.EqualTo(Original.ItalicAngle));
    }

    [Test]
    public void The_same_glyphs_in_any_order_give_the_same_bytes()
    {
        var glyphs = GlyphsOf(Text);
        var first = Original.Subset(glyphs);
        var shuffled = Original.Subset([.. glyphs.Reverse().Concat(glyphs)]);
        var again = TrueTypeFace.Parse(FontFiles.Regular).Subset(new HashSet<ushort>(glyphs));

        Assert.That(shuffled, Is.EqualTo(first));
        Assert.That(again, Is.EqualTo(first));
        Assert.That(Original.Subset(GlyphsOf(Text + "Z")), Is.Not.EqualTo(first));
    }

    [Test]
    public void A_subset_is_much_smaller_than_the_font_and_grows_with_the_glyphs()
    {
        var small = Original.Subset(GlyphsOf("The quick brown fox 0123456789"));
        var larger = Original.Subset(GlyphsOf("The quick brown fox jumps over the lazy dog 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        var none = Original.Subset([]);

        Assert.That(small.Length, Is.LessThan(FontFiles.Regular.Length / 5));
        Assert.That(larger.Length, Is.GreaterThan(small.Length));
        Assert.That(none.Length, Is.LessThan(small.Length));
        Assert.That(TrueTypeFace.ParseEmbedded(none).Outline(0).Length, Is.Positive, ".notdef is always kept");
    }

    [Test]
    public void A_glyph_the_font_does_not_have_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Original.Subset([(ushort)Original.GlyphCount]));
    }

    [TestCaseSource(nameof(FaceNames))]
    public void Every_shipped_face_subsets_and_reads_back(string name)
    {
        var face = TrueTypeFace.Parse(FontFiles.Faces().Single(f => f.Name == name).Bytes);
        var glyphs = Text.Select(c => face.GlyphId(c)).Distinct().ToArray();
        var subset = TrueTypeFace.ParseEmbedded(face.Subset(glyphs));

        Assert.That(subset.GlyphCount, Is.EqualTo(face.GlyphCount));
        Assert.That(glyphs.Where(g => !subset.Outline(g).StartsWith(face.Outline(g))), Is.Empty, "kept glyphs as they were");
        Assert.That(glyphs.Count(g => subset.Outline(g).Length > 0), Is.GreaterThan(20));
        Assert.That(subset.Outline(face.GlyphId('Z')).Length, Is.Zero);
        Assert.That((subset.IsBold, subset.IsItalic), Is.EqualTo((face.IsBold, face.IsItalic)));
    }

    // PdfPig looks glyphs up by character code unless given a mapping: this one makes the code the glyph id.
    static int? Identity(int glyph) => glyph;

    static IEnumerable<string> FaceNames() => FontFiles.Faces().Select(f => f.Name);
}
