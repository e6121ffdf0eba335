using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// Gives a finished PDF its document /ID and XMP UUIDs, derived from a SHA-256 hash of the file with those
/// values still placeholders: the same content always gets the same identifiers, different content different
/// ones. Every replacement keeps the byte length, so no offset in the file moves.
/// </summary>
internal static partial class DeterministicOutput
{
    /// <summary>The bytes of <paramref name="pdf"/> with its placeholder identifiers filled in.</summary>
    public static byte[] Apply(byte[] pdf)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        var ids = PlaceholderIds().Matches(text);
        if (ids.Count != 1)
        {
            throw new InvalidOperationException($"Expected one placeholder document /ID in the PDF, found {ids.Count}.");
        }

        var hash = SHA256.HashData(pdf);
        var id = Convert.ToHexString(hash, 0, 16);
        var withId = new StringBuilder(text)
            .Remove(ids[0].Index, ids[0].Length)
            .Insert(ids[0].Index, $"/ID[<{id}><{id}>]".PadRight(ids[0].Length))
            .ToString();

        var next = 0;
        var withUuids = PlaceholderUuids().Replace(withId, _ => "uuid:" + Uuid(hash, 16 * (next++ % 2)));
        return Encoding.Latin1.GetBytes(withUuids);
    }

    // A version 5 style UUID made of 16 bytes of the hash: the XMP DocumentID, then the InstanceID.
    static string Uuid(byte[] hash, int offset)
    {
        var bytes = hash.AsSpan(offset, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    [GeneratedRegex(@"/ID\s*\[\s*<0{32}>\s*<0{32}>\s*\]")]
    private static partial Regex PlaceholderIds();

    [GeneratedRegex(@"uuid:00000000-0000-0000-0000-000000000000")]
    private static partial Regex PlaceholderUuids();
}
