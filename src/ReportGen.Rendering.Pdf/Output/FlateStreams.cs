using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// Re-encodes Flate streams as complete zlib streams. PDFsharp 6 writes a zlib header and raw deflate data but
/// no Adler-32 checksum; viewers cope, but checkers such as <c>qpdf --check</c> warn about every stream.
/// </summary>
internal static partial class FlateStreams
{
    /// <summary>The object <paramref name="obj"/>, its stream re-encoded if it is a Flate stream.</summary>
    public static byte[] Repair(byte[] obj)
    {
        var stream = StreamObject.Parse(obj);
        return stream is not null && Flate().IsMatch(stream.Dictionary) ? stream.WithData(Recompress(stream.Data)) : obj;
    }

    // The two zlib header bytes are skipped; DeflateStream reads the raw data and stops at its end.
    static byte[] Recompress(byte[] zlib)
    {
        using var inflated = new MemoryStream();
        using (var inflater = new DeflateStream(new MemoryStream(zlib, 2, zlib.Length - 2), CompressionMode.Decompress))
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

    [GeneratedRegex(@"/Filter\s*(\[\s*)?/FlateDecode\s*\]?(?=[\s/>\]])")]
    private static partial Regex Flate();
}
