using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// Makes a saved PDF's bytes a function of its content alone. PDFsharp writes random UUIDs and dates into the XMP
/// metadata while saving; this replaces them, and the placeholder document /ID, with values derived from a hash
/// of the rest of the file. Every replacement keeps the byte length, so no offset in the file moves.
/// </summary>
internal static partial class DeterministicOutput
{
    const string ZeroUuid = "00000000-0000-0000-0000-000000000000";

    /// <summary>The finished bytes of <paramref name="pdf"/>, with <paramref name="created"/> as the XMP dates (or none).</summary>
    public static byte[] Apply(byte[] pdf, DateTimeOffset? created)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip.
        var text = Encoding.Latin1.GetString(pdf);
        text = XmpDate().Replace(text, m => SameLength(m.Value, created is { } time
            ? $"<xmp:{m.Groups[1].Value}>{XmpDateText(time)}</xmp:{m.Groups[1].Value}>"
            : ""));
        text = XmpUuid().Replace(text, "uuid:" + ZeroUuid);

        var ids = PlaceholderIds().Matches(text);
        if (ids.Count != 1)
        {
            throw new InvalidOperationException($"Expected one placeholder document /ID in the PDF, found {ids.Count}.");
        }

        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(text));
        var id = Convert.ToHexString(hash, 0, 16);
        var builder = new StringBuilder(text);
        var idText = $"/ID[<{id}><{id}>]";
        builder.Remove(ids[0].Index, ids[0].Length).Insert(ids[0].Index, SameLength(ids[0].Value, idText));
        text = builder.ToString();

        var uuids = new Queue<string>([Uuid(hash, 0), Uuid(hash, 16)]);
        text = XmpUuid().Replace(text, _ => "uuid:" + (uuids.Count > 0 ? uuids.Dequeue() : Uuid(hash, 8)));
        return Encoding.Latin1.GetBytes(text);
    }

    static string SameLength(string original, string replacement)
    {
        if (replacement.Length > original.Length)
        {
            throw new InvalidOperationException($"Cannot replace '{original}' with the longer '{replacement}'.");
        }

        return replacement.PadRight(original.Length);
    }

    static string XmpDateText(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+00:00";

    // A version 5 style UUID made of 16 bytes of the hash.
    static string Uuid(byte[] hash, int offset)
    {
        var bytes = hash.AsSpan(offset, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    [GeneratedRegex(@"<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\1>")]
    private static partial Regex XmpDate();

    [GeneratedRegex(@"uuid:[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")]
    private static partial Regex XmpUuid();

    [GeneratedRegex(@"/ID\s*\[\s*<0{32}>\s*<0{32}>\s*\]")]
    private static partial Regex PlaceholderIds();
}
