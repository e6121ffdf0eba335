using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using ReportGen.Rendering.Pdf.Output;

namespace ReportGen.Rendering.Pdf.Tests.Output;

/// <summary>
/// The passes over a saved PDF's bytes: copying it object by object with a new cross-reference table, and filling in
/// the document /ID and XMP UUIDs from the content's hash. They search bytes rather than read the file as text, so
/// these read the results back as text and check them against the file's own structure.
/// </summary>
public sealed partial class OutputPipelineTests
{
    static readonly string PlaceholderUuid = "uuid:" + XmpMetadata.PlaceholderUuid;
    static readonly string PlaceholderId = $"/ID[<{new string('0', 32)}><{new string('0', 32)}>]";

    [Test]
    public void Copying_every_object_unchanged_gives_the_same_bytes()
    {
        var pdf = SavedByPdfSharp(pages: 3);

        var copied = PdfObjectRewriter.Rewrite(pdf, obj => obj);

        Assert.That(copied, Is.EqualTo(pdf));
    }

    [Test]
    public void A_grown_object_moves_the_offsets_after_it_and_each_entry_points_at_its_object()
    {
        var pdf = SavedByPdfSharp(pages: 3);

        // Every object grows by a different amount: a comment line after "obj".
        var grown = 0;
        var rewritten = PdfObjectRewriter.Rewrite(pdf, obj =>
        {
            var text = Encoding.Latin1.GetString(obj);
            var at = text.IndexOf(" obj", StringComparison.Ordinal) + 4;
            return Encoding.Latin1.GetBytes(text[..at] + "\n%" + new string('x', ++grown) + text[at..]);
        });

        var text = Encoding.Latin1.GetString(rewritten);
        var startXref = int.Parse(StartXref().Matches(text)[^1].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(text[startXref..], Does.StartWith("xref\n"), "startxref names the new table");
        var entries = Entry().Matches(text[startXref..text.IndexOf("trailer", startXref, StringComparison.Ordinal)]);
        Assert.That(entries, Has.Count.EqualTo(Entry().Matches(Encoding.Latin1.GetString(pdf)).Count));
        for (var number = 1; number < entries.Count; number++)
        {
            if (entries[number].Groups[3].Value != "n")
            {
                continue;
            }

            var offset = int.Parse(entries[number].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(text[offset..], Does.StartWith($"{number} 0 obj\n%x"), $"object {number}");
        }
    }

    [Test]
    public void The_placeholders_are_filled_in_from_the_hash_of_the_file_without_moving_a_byte()
    {
        var pdf = Encoding.Latin1.GetBytes(
            $"%PDF-1.7\n1 0 obj\n<< /Metadata (<xmpMM:DocumentID>{PlaceholderUuid}</xmpMM:DocumentID>" +
            $"<xmpMM:InstanceID>{PlaceholderUuid}</xmpMM:InstanceID>) >>\nendobj\ntrailer\n<< /Size 2 {PlaceholderId} >>\n%%EOF\n");
        var hash = SHA256.HashData(pdf);

        var text = Encoding.Latin1.GetString(DeterministicOutput.Apply(pdf));

        Assert.That(text, Has.Length.EqualTo(pdf.Length));
        var id = Convert.ToHexString(hash, 0, 16);
        Assert.That(text, Does.Contain($"/ID[<{id}><{id}>]"));
        Assert.That(text, Does.Not.Contain(PlaceholderUuid));
        var uuids = Uuid().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.That(uuids, Is.EqualTo(new[] { VersionFive(hash, 0), VersionFive(hash, 16) }), "the document ID, then the instance ID");
    }

    [TestCase(0)]
    [TestCase(2)]
    public void A_file_without_exactly_one_placeholder_id_is_refused(int ids)
    {
        var pdf = Encoding.Latin1.GetBytes($"%PDF-1.7\ntrailer\n<< /Size 1 {string.Concat(Enumerable.Repeat(PlaceholderId + " ", ids))}>>\n%%EOF\n");

        Assert.That(() => DeterministicOutput.Apply(pdf), Throws.InvalidOperationException.With.Message.Contains($"found {ids}"));
    }

    [Test]
    public void A_placeholder_id_may_have_white_space_inside_it()
    {
        var spaced = $"/ID [ <{new string('0', 32)}>\n<{new string('0', 32)}> ]";
        var pdf = Encoding.Latin1.GetBytes($"%PDF-1.7\n/IDTree 1\ntrailer\n<< /Size 1 {spaced} >>\n%%EOF\n");

        var text = Encoding.Latin1.GetString(DeterministicOutput.Apply(pdf));

        Assert.That(text, Has.Length.EqualTo(pdf.Length));
        Assert.That(text, Does.Match(@"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\] +>>"), "the new /ID, padded to the placeholder's length");
        Assert.That(text, Does.Contain("/IDTree 1"));
    }

    [Test]
    public void A_stream_left_uncompressed_is_compressed_once_as_a_whole_zlib_stream_and_metadata_is_left_as_it_is()
    {
        var content = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Repeat("BT /F0 7 Tf 42.5 568.8 Td <0033004800550049> Tj ET\n", 40)));
        var head = Encoding.Latin1.GetBytes($"7 0 obj\n<</Length {content.Length}>>\nstream\n");
        var tail = "\nendstream\nendobj\n"u8.ToArray();

        var text = Encoding.Latin1.GetString(FlateStreams.Repair([.. head, .. content, .. tail]));

        var match = Regex.Match(text, @"\A7 0 obj\n<</Length (\d+)/Filter/FlateDecode>>\nstream\n");
        Assert.That(match.Success, Is.True, text[..Math.Min(60, text.Length)]);
        var length = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(length, Is.LessThan(content.Length / 4));
        Assert.That(text[(match.Length + length)..], Is.EqualTo("\nendstream\nendobj\n"));
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(
            new MemoryStream(Encoding.Latin1.GetBytes(text.Substring(match.Length, length))), System.IO.Compression.CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        Assert.That(inflated.ToArray(), Is.EqualTo(content), "a zlib stream with its checksum, which ZLibStream verifies");

        var metadata = Encoding.Latin1.GetBytes("8 0 obj\n<</Type/Metadata/Subtype/XML/Length 5>>\nstream\n<x/>\n\nendstream\nendobj\n");
        Assert.That(FlateStreams.Repair(metadata), Is.EqualTo(metadata));
    }

    // 16 bytes of the hash as a UUID with the version 5 and variant bits set, 8-4-4-4-12 lower-case hex digits.
    static string VersionFive(byte[] hash, int offset)
    {
        var bytes = hash[offset..(offset + 16)];
        bytes[6] = (byte)(0x50 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true).ToString("D");
    }

    static byte[] SavedByPdfSharp(int pages)
    {
        using var document = new PdfDocument();
        for (var i = 0; i < pages; i++)
        {
            document.AddPage();
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf])")]
    private static partial Regex Entry();

    [GeneratedRegex(@"uuid:([0-9a-f-]{36})")]
    private static partial Regex Uuid();
}
