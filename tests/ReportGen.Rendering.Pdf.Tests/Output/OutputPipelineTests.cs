using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Rendering.Pdf.Output;

namespace ReportGen.Rendering.Pdf.Tests.Output;

/// <summary>
/// The last pass over a written PDF's bytes: filling in the document /ID and the XMP UUIDs from the content's hash. It
/// searches bytes rather than reading the file as text, so these read the result back as text.
/// </summary>
public sealed partial class OutputPipelineTests
{
    static readonly string PlaceholderUuid = "uuid:" + XmpMetadata.PlaceholderUuid;
    static readonly string PlaceholderId = $"/ID[<{new string('0', 32)}><{new string('0', 32)}>]";

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

    // 16 bytes of the hash as a UUID with the version 5 and variant bits set, 8-4-4-4-12 lower-case hex digits.
    static string VersionFive(byte[] hash, int offset)
    {
        var bytes = hash[offset..(offset + 16)];
        bytes[6] = (byte)(0x50 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true).ToString("D");
    }

    [GeneratedRegex(@"uuid:([0-9a-f-]{36})")]
    private static partial Regex Uuid();
}
