using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// Re-encodes the Flate streams of a PDF written by PDFsharp as complete zlib streams. PDFsharp 6.5 writes a zlib
/// header and raw deflate data but no Adler-32 checksum; most viewers cope, but checkers such as
/// <c>qpdf --check</c> warn. The objects are copied in order with new stream data and lengths, and the
/// cross-reference table is rebuilt.
/// </summary>
internal static partial class FlateStreams
{
    /// <summary>The PDF <paramref name="pdf"/> with every direct-length Flate stream re-encoded.</summary>
    public static byte[] Repair(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = StartXref().Matches(text) is { Count: > 0 } found
            ? int.Parse(found[^1].Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("The PDF has no startxref.");
        var table = XrefTable().Match(text, startXref);
        var trailer = text.IndexOf("trailer", startXref, StringComparison.Ordinal);
        if (!table.Success || table.Index != startXref || trailer < 0)
        {
            throw new InvalidOperationException("Expected a single cross-reference table where startxref points.");
        }

        var entries = XrefEntry().Matches(text[table.Index..trailer]).ToList();
        var inUse = entries.Select((e, number) => (Number: number, Offset: long.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture), Entry: e))
            .Where(e => e.Entry.Groups[3].Value == "n")
            .OrderBy(e => e.Offset)
            .ToList();

        using var output = new MemoryStream();
        output.Write(pdf, 0, (int)(inUse.Count > 0 ? inUse[0].Offset : startXref));
        var offsets = new long[entries.Count];
        for (var i = 0; i < inUse.Count; i++)
        {
            var start = (int)inUse[i].Offset;
            var end = i + 1 < inUse.Count ? (int)inUse[i + 1].Offset : startXref;
            offsets[inUse[i].Number] = output.Position;
            output.Write(Rewrite(pdf, text, start, end));
        }

        var xref = output.Position;
        var rebuilt = new StringBuilder();
        rebuilt.Append(CultureInfo.InvariantCulture, $"xref\n0 {entries.Count}\n");
        for (var number = 0; number < entries.Count; number++)
        {
            var entry = entries[number];
            var offset = entry.Groups[3].Value == "n" ? offsets[number] : long.Parse(entry.Groups[1].Value, CultureInfo.InvariantCulture);
            rebuilt.Append(CultureInfo.InvariantCulture, $"{offset:D10} {entry.Groups[2].Value} {entry.Groups[3].Value} \n");
        }

        var trailerEnd = text.LastIndexOf("startxref", StringComparison.Ordinal);
        rebuilt.Append(text[trailer..trailerEnd]);
        rebuilt.Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(rebuilt.ToString()));
        return output.ToArray();
    }

    static byte[] Rewrite(byte[] pdf, string text, int start, int end)
    {
        var head = StreamHead().Match(text, start, end - start);
        var length = head.Success ? DirectLength().Match(head.Groups[1].Value) : Match.Empty;
        if (!head.Success || !length.Success || !Flate().IsMatch(head.Groups[1].Value))
        {
            return pdf[start..end];
        }

        var dataStart = head.Index + head.Length;
        var oldLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        var data = Recompress(pdf.AsSpan(dataStart, oldLength));
        var dictionary = head.Groups[1].Value;
        var newDictionary = string.Concat(
            dictionary.AsSpan(0, length.Index),
            "/Length " + data.Length.ToString(CultureInfo.InvariantCulture),
            dictionary.AsSpan(length.Index + length.Length));
        var before = text[start..head.Groups[1].Index] + newDictionary + text[(head.Groups[1].Index + dictionary.Length)..dataStart];

        using var rewritten = new MemoryStream();
        rewritten.Write(Encoding.Latin1.GetBytes(before));
        rewritten.Write(data);
        rewritten.Write(pdf, dataStart + oldLength, end - (dataStart + oldLength));
        return rewritten.ToArray();
    }

    // The two zlib header bytes are skipped; DeflateStream reads the raw data and ignores what follows it.
    static byte[] Recompress(ReadOnlySpan<byte> zlib)
    {
        using var inflated = new MemoryStream();
        using (var inflater = new DeflateStream(new MemoryStream(zlib[2..].ToArray()), CompressionMode.Decompress))
        {
            inflater.CopyTo(inflated);
        }

        using var deflated = new MemoryStream();
        using (var deflater = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            inflated.Position = 0;
            inflated.CopyTo(deflater);
        }

        return deflated.ToArray();
    }

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\s+0\s+\d+\s+")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf])")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"\G\d+\s+\d+\s+obj\s*(<<.*?>>)\s*stream\r?\n", RegexOptions.Singleline)]
    private static partial Regex StreamHead();

    [GeneratedRegex(@"/Length\s+(\d+)(?!\s+\d+\s+R)(?=[\s/>])")]
    private static partial Regex DirectLength();

    [GeneratedRegex(@"/Filter\s*(\[\s*)?/FlateDecode\s*\]?(?=[\s/>])")]
    private static partial Regex Flate();
}
