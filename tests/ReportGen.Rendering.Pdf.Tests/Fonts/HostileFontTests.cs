using System.Buffers.Binary;
using System.Text;
using ReportGen.Rendering.Pdf.Fonts.TrueType;

namespace ReportGen.Rendering.Pdf.Tests.Fonts;

/// <summary>
/// Damaged, truncated and unsupported font files, as a user may supply them: each gives one
/// <see cref="InvalidDataException"/> saying what is wrong, never another exception, a hang or a stack overflow.
/// </summary>
public sealed class HostileFontTests
{
    [Test]
    public void An_empty_file_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse([]));
        Assert.That(error!.Message, Does.Contain("empty"));
    }

    [TestCase(1)]
    [TestCase(11)]
    [TestCase(12)]
    [TestCase(100)]
    [TestCase(300)]
    [TestCase(1000)]
    [TestCase(16000)]
    [TestCase(200000)]
    [TestCase(-1)]
    public void A_truncated_file_is_refused(int length)
    {
        var font = FontFiles.Regular;
        var cut = font[..(length < 0 ? font.Length + length : length)];

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(cut));
        Assert.That(error!.Message, Does.Contain("short").Or.Contain("past the end"));
    }

    [Test]
    public void Every_table_cut_short_in_the_directory_is_refused_with_its_name()
    {
        Assert.Multiple(() =>
        {
            foreach (var tag in new[] { "head", "hhea", "maxp", "hmtx", "loca", "cmap", "post", "name" })
            {
                var font = Patched(f => BinaryPrimitives.WriteUInt32BigEndian(f.AsSpan(Record(f, tag) + 12), 3));
                var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(font), tag);
                Assert.That(error?.Message, Does.Contain($"'{tag}'"));
            }
        });
    }

    [Test]
    public void A_table_pointing_past_the_end_of_the_file_is_refused()
    {
        var font = Patched(f => BinaryPrimitives.WriteUInt32BigEndian(f.AsSpan(Record(f, "glyf") + 8), 0xFFFFFFF0));

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(font));
        Assert.That(error!.Message, Does.Contain("'glyf'").And.Contain("past the end"));
    }

    [Test]
    public void An_OpenType_font_with_CFF_outlines_is_refused()
    {
        var otto = Patched(f => Encoding.ASCII.GetBytes("OTTO", f));
        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(otto));
        Assert.That(error!.Message, Does.Contain("CFF"));

        // A TrueType header with a 'CFF ' table in place of 'glyf'.
        var cff = Patched(f => Encoding.ASCII.GetBytes("CFF ", f.AsSpan(Record(f, "glyf"))));
        error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(cff));
        Assert.That(error!.Message, Does.Contain("CFF"));
    }

    [TestCase("ttcf", "collection")]
    [TestCase("wOFF", "WOFF")]
    [TestCase("%PDF", "not a TrueType font")]
    public void Other_kinds_of_file_are_refused(string start, string message)
    {
        var font = Patched(f => Encoding.ASCII.GetBytes(start, f));

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(font));
        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void A_composite_glyph_that_contains_itself_is_refused()
    {
        var eAcute = Glyph('é');
        var font = Patched(f => SetFirstComponent(f, eAcute, eAcute));

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(font));
        Assert.That(error!.Message, Does.Contain("contains itself"));
    }

    [Test]
    public void Two_composite_glyphs_that_contain_each_other_are_refused()
    {
        var eAcute = Glyph('é');
        var aRing = Glyph('Å');
        var font = Patched(f =>
        {
            SetFirstComponent(f, eAcute, aRing);
            SetFirstComponent(f, aRing, eAcute);
        });

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(font));
        Assert.That(error!.Message, Does.Contain("contains itself"));
    }

    [Test]
    public void A_composite_glyph_made_of_a_glyph_the_font_lacks_is_refused()
    {
        var font = Patched(f => SetFirstComponent(f, Glyph('é'), 0xFFFF));

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(font));
        Assert.That(error!.Message, Does.Contain("glyph 65535"));
    }

    [Test]
    public void Glyph_locations_out_of_order_are_refused()
    {
        var font = Patched(f =>
        {
            var loca = FontFiles.Find(f, "loca").Offset;
            BinaryPrimitives.WriteUInt32BigEndian(f.AsSpan(loca + (4 * 10)), 0x7FFFFFFF);
        });

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(font));
        Assert.That(error!.Message, Does.Contain("'loca'"));
    }

    [Test]
    public void A_font_without_a_Unicode_character_map_is_refused()
    {
        // Make every subtable record claim a platform that is not Unicode (2, ISO, deprecated).
        var font = Patched(f =>
        {
            var cmap = FontFiles.Find(f, "cmap").Offset;
            var count = BinaryPrimitives.ReadUInt16BigEndian(f.AsSpan(cmap + 2));
            for (var i = 0; i < count; i++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(cmap + 4 + (8 * i)), 2);
            }
        });

        var error = Assert.Throws<InvalidDataException>(() => TrueTypeFace.Parse(font));
        Assert.That(error!.Message, Does.Contain("Unicode character map"));
    }

    [Test]
    public void A_character_map_with_huge_overlapping_segments_is_read_in_bounded_time()
    {
        // Every format 4 segment made to cover U+0000 to U+FFFE: each code point is still read once.
        var font = Patched(f =>
        {
            var cmap = FontFiles.Find(f, "cmap").Offset;
            var subtable = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(f.AsSpan(cmap + 4 + (8 * 2) + 4)); // (3,1)
            var segments = BinaryPrimitives.ReadUInt16BigEndian(f.AsSpan(subtable + 6)) / 2;
            for (var i = 0; i < segments; i++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(subtable + 14 + (2 * i)), 0xFFFE);
                BinaryPrimitives.WriteUInt16BigEndian(f.AsSpan(subtable + 16 + (2 * segments) + (2 * i)), 0);
            }
        });

        // The first segment (from U+0020, by a fixed delta) now runs to U+FFFE; the later ones are covered by it.
        Assert.That(TrueTypeFace.Parse(font).GlyphId('A'), Is.EqualTo(Glyph('A')));
    }

    [Test]
    public void Random_damage_gives_a_font_or_an_InvalidDataException_and_nothing_else()
    {
        var original = FontFiles.Regular;
        var glyf = FontFiles.Find(original, "glyf").Offset;
        var random = new Random(20261206);
        var parsed = 0;
        var unexpected = new List<string>();
        for (var round = 0; round < 400; round++)
        {
            var font = (byte[])original.Clone();
            for (var hits = random.Next(1, 6); hits > 0; hits--)
            {
                // Most damage where the reader looks: the directory, the small tables, 'cmap' and 'loca'.
                var at = random.Next(4) == 0 ? random.Next(font.Length) : random.Next(glyf);
                font[at] = (byte)random.Next(256);
            }

            try
            {
                var face = TrueTypeFace.Parse(font);
                var glyphs = Enumerable.Range(0x20, 0x60).Select(c => face.GlyphId(c)).ToArray();
                _ = glyphs.Sum(g => face.AdvanceWidth(g));
                _ = face.Subset(glyphs);
                parsed++;
            }
            catch (InvalidDataException)
            {
            }
            catch (Exception e)
            {
                unexpected.Add($"round {round}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.That(unexpected, Is.Empty);
        Assert.That(parsed, Is.Positive, "some damage is harmless");
    }

    static ushort Glyph(char c) => TrueTypeFace.Parse(FontFiles.Regular).GlyphId(c);

    static byte[] Patched(Action<byte[]> patch) => FontFiles.Patched(FontFiles.Regular, patch);

    static int Record(byte[] font, string tag) => FontFiles.Record(font, tag);

    // A composite glyph's first component id sits after its 10-byte header and 2-byte flags.
    static void SetFirstComponent(byte[] font, ushort composite, ushort component) =>
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(FontFiles.GlyphStart(font, composite) + 12), component);
}
