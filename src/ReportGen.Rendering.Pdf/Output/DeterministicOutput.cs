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
    /// <summary>The longest stretch of the file a placeholder /ID (with the white space PDF allows in it) is looked for in.</summary>
    const int IdWindow = 4096;

    static readonly byte[] PlaceholderUuid = Encoding.ASCII.GetBytes("uuid:" + XmpMetadata.PlaceholderUuid);

    /// <summary>The bytes of <paramref name="pdf"/> with its placeholder identifiers filled in.</summary>
    public static byte[] Apply(byte[] pdf)
    {
        // The file is searched as bytes: only where "/ID" starts is a little of it read as text (Latin-1 maps every byte
        // to one char, so an index in that text is an offset in the file).
        var ids = PlaceholderIdsIn(pdf);
        if (ids.Count != 1)
        {
            throw new InvalidOperationException($"Expected one placeholder document /ID in the PDF, found {ids.Count}.");
        }

        var hash = SHA256.HashData(pdf);
        var id = Convert.ToHexString(hash, 0, 16);
        var result = (byte[])pdf.Clone();
        var (index, length) = ids[0];
        Encoding.Latin1.GetBytes($"/ID[<{id}><{id}>]".PadRight(length), result.AsSpan(index, length));

        var next = 0;
        var from = 0;
        while (result.AsSpan(from).IndexOf(PlaceholderUuid) is var found && found >= 0)
        {
            var at = from + found;
            Encoding.ASCII.GetBytes("uuid:" + Uuid(hash, 16 * (next++ % 2)), result.AsSpan(at, PlaceholderUuid.Length));
            from = at + PlaceholderUuid.Length;
        }

        return result;
    }

    // Where each placeholder /ID is (offset and length), in order, not overlapping.
    static List<(int Index, int Length)> PlaceholderIdsIn(byte[] pdf)
    {
        var found = new List<(int, int)>();
        var from = 0;
        while (pdf.AsSpan(from).IndexOf("/ID"u8) is var next && next >= 0)
        {
            var start = from + next;
            var window = Encoding.Latin1.GetString(pdf, start, Math.Min(IdWindow, pdf.Length - start));
            if (PlaceholderId().Match(window) is { Success: true } match)
            {
                found.Add((start, match.Length));
                from = start + match.Length;
            }
            else
            {
                from = start + 1;
            }
        }

        return found;
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

    [GeneratedRegex(@"\A/ID\s*\[\s*<0{32}>\s*<0{32}>\s*\]")]
    private static partial Regex PlaceholderId();
}
