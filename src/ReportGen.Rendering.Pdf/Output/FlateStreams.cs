using System.IO.Compression;
using System.Text.RegularExpressions;

namespace ReportGen.Rendering.Pdf.Output;

/// <summary>
/// Re-encodes Flate streams as complete zlib streams. PDFsharp 6 writes a zlib header and raw deflate data but
/// no Adler-32 checksum; viewers cope, but checkers such as <c>qpdf --check</c> warn about every stream. The streams
/// PDFsharp is told to leave uncompressed (page contents and ToUnicode maps, <see cref="PdfDocumentFactory"/>) are
/// compressed here, once, rather than compressed by PDFsharp, inflated and compressed again.
/// </summary>
internal static partial class FlateStreams
{
    /// <summary>The object <paramref name="obj"/>, its stream re-encoded if it is a Flate stream.</summary>
    public static byte[] Repair(byte[] obj)
    {
        var stream = StreamObject.Parse(obj);
        if (stream is null)
        {
            return obj;
        }

        if (Flate().IsMatch(stream.Dictionary))
        {
            return stream.WithData(Recompress(stream.Data));
        }

        // A stream with nothing but its length (not the XMP metadata, which has a /Type and stays uncompressed).
        return LengthOnly().IsMatch(stream.Dictionary) ? stream.WithData(Compress(stream.Data), "/Filter/FlateDecode") : obj;
    }

    static byte[] Compress(byte[] data)
    {
        using var deflated = new MemoryStream();
        using (var deflater = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflater.Write(data);
        }

        return deflated.ToArray();
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

    [GeneratedRegex(@"\A<<\s*/Length\s+\d+\s*>>\z")]
    private static partial Regex LengthOnly();

    [GeneratedRegex(@"/Filter\s*(\[\s*)?/FlateDecode\s*\]?(?=[\s/>\]])")]
    private static partial Regex Flate();
}
