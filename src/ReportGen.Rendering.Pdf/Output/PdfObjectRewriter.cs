using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// Copies a PDF written by PDFsharp (one classic cross-reference table, objects in order) object by object through
/// a transformation, and writes a new cross-reference table for the new offsets. The header, trailer dictionary
/// and object numbers are kept.
/// </summary>
internal static partial class PdfObjectRewriter
{
    /// <summary>The PDF with each indirect object ("12 0 obj … endobj") replaced by <paramref name="transform"/>'s result.</summary>
    public static byte[] Rewrite(byte[] pdf, Func<byte[], byte[]> transform)
    {
        // Only the end of the file (from startxref's target: the table and the trailer) is read as text; Latin-1 maps
        // every byte to one char, so an index in that text plus its start is an offset in the file.
        var startXref = LastStartXref(pdf);
        var tail = Encoding.Latin1.GetString(pdf, startXref, pdf.Length - startXref);
        var table = XrefTable().Match(tail);
        var trailer = tail.IndexOf("trailer", StringComparison.Ordinal);
        if (!table.Success || trailer < 0)
        {
            throw new InvalidOperationException("Expected a single cross-reference table where startxref points.");
        }

        var entries = XrefEntries(tail.AsSpan(table.Index, trailer - table.Index));
        var inUse = Enumerable.Range(0, entries.Count).Where(n => entries[n].InUse).OrderBy(n => entries[n].Offset).ToList();

        using var output = new MemoryStream(pdf.Length + 4096);
        output.Write(pdf, 0, inUse.Count > 0 ? (int)entries[inUse[0]].Offset : startXref);
        var offsets = entries.Select(e => e.Offset).ToArray();
        for (var i = 0; i < inUse.Count; i++)
        {
            var start = (int)entries[inUse[i]].Offset;
            var end = i + 1 < inUse.Count ? (int)entries[inUse[i + 1]].Offset : startXref;
            offsets[inUse[i]] = output.Position;
            output.Write(transform(pdf[start..end]));
        }

        var xref = output.Position;
        var rebuilt = new StringBuilder((entries.Count * EntryLength) + 1024);
        rebuilt.Append(CultureInfo.InvariantCulture, $"xref\n0 {entries.Count}\n");
        Span<char> offset = stackalloc char[20];
        for (var number = 0; number < entries.Count; number++)
        {
            var (_, generation, used) = entries[number];
            offsets[number].TryFormat(offset, out var written, "D10", CultureInfo.InvariantCulture);
            rebuilt.Append(offset[..written]).Append(' ').Append(generation).Append(' ').Append(used ? 'n' : 'f').Append(" \n");
        }

        rebuilt.Append(tail[trailer..tail.LastIndexOf("startxref", StringComparison.Ordinal)]);
        rebuilt.Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(rebuilt.ToString()));
        return output.ToArray();
    }

    // The offset the last "startxref" names (as the regular expression startxref\s+(\d+) finds it).
    static int LastStartXref(byte[] pdf)
    {
        var end = pdf.Length;
        while (pdf.AsSpan(0, end).LastIndexOf("startxref"u8) is var at && at >= 0)
        {
            var window = Encoding.Latin1.GetString(pdf, at, Math.Min(64, pdf.Length - at));
            if (StartXref().Match(window) is { Success: true } found)
            {
                return int.Parse(found.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            end = at;
        }

        throw new InvalidOperationException("The PDF has no startxref.");
    }

    [GeneratedRegex(@"\Astartxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Axref\s+0\s+\d+\s+")]
    private static partial Regex XrefTable();

    /// <summary>The length of a cross-reference entry, "0000000015 00000 n \n".</summary>
    const int EntryLength = 20;

    // The entries of a cross-reference table: each match of (\d{10}) (\d{5}) ([nf]), leftmost first and not overlapping,
    // found without a regular expression (a table holds one per object, tens of thousands in a long report).
    static List<(long Offset, string Generation, bool InUse)> XrefEntries(ReadOnlySpan<char> text)
    {
        var entries = new List<(long, string, bool)>((text.Length / EntryLength) + 1);
        var i = 0;
        while (i + 18 <= text.Length)
        {
            if (!IsEntry(text.Slice(i, 18)))
            {
                i++;
                continue;
            }

            entries.Add((long.Parse(text.Slice(i, 10), CultureInfo.InvariantCulture), text.Slice(i + 11, 5).ToString(), text[i + 17] == 'n'));
            i += 18;
        }

        return entries;
    }

    static bool IsEntry(ReadOnlySpan<char> entry) =>
        !entry[..10].ContainsAnyExcept(Digits) && entry[10] == ' ' && !entry.Slice(11, 5).ContainsAnyExcept(Digits) && entry[16] == ' '
        && entry[17] is 'n' or 'f';

    static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");
}
