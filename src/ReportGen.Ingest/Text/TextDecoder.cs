using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Text;

/// <summary>
/// Decodes a user's file without ever mangling it silently: UTF-8 with or without a byte order mark, UTF-16
/// with one, and Windows-1252 when the bytes are not UTF-8 (named in the project file, or detected and warned
/// about). A file with NUL bytes and no UTF-16 mark is not text, and a file that mixes UTF-8 with another
/// encoding is refused unless the project file names the encoding, since either reading would mangle part of it.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, from the code pages provider (not registered globally).</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("The Windows-1252 code page is not available.");

    /// <summary>
    /// The text of <paramref name="bytes"/>, or <see langword="null"/> (with an error) when it is not text.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The path problems name.</param>
    /// <param name="declared">The encoding the project file names for it.</param>
    /// <param name="fallbackAdvice">What to tell the user when the bytes are read as Windows-1252 unasked.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="notTextAdvice">What to tell the user when the bytes are not text at all.</param>
    public static string? Decode(byte[] bytes, string path, DataEncoding declared, string fallbackAdvice, ProblemList problems, string notTextAdvice = "save the data as CSV text (UTF-8)")
    {
        if (DecodeText(bytes, path, declared, fallbackAdvice, problems, notTextAdvice) is not { } text)
        {
            return null;
        }

        // A control character (an escape, a form feed, a DOS end-of-file mark) cannot be shown, and no PDF or Word
        // file may hold one: name it where it is, rather than fail later or drop it silently.
        if (FirstUnshowable(text) is { } at)
        {
            var location = new LineMap(Encoding.UTF8.GetBytes(text), path).At(Encoding.UTF8.GetByteCount(text.AsSpan(0, at)));
            problems.Error(location, $"this holds the control character U+{(int)text[at]:X4}, which no document can show; remove it");
            return null;
        }

        return text;
    }

    /// <summary>The index of the first character that XML 1.0, and so PDF metadata and Word, cannot hold, if any.</summary>
    public static int? FirstUnshowable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return null;
    }

    private static string? DecodeText(byte[] bytes, string path, DataEncoding declared, string fallbackAdvice, ProblemList problems, string notTextAdvice)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var body = bytes[3..];
            if (FirstInvalidUtf8(body) is { } bad)
            {
                problems.Error(new LineMap(body, path).At(bad), "the file starts with a UTF-8 byte order mark but this is not valid UTF-8; save the file as UTF-8");
                return null;
            }

            return StrictUtf8.GetString(body);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = bytes[0] == 0xFE;
            try
            {
                return new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }
            catch (DecoderFallbackException)
            {
                problems.Error(new SourceLocation(path), "the file starts with a UTF-16 byte order mark but is not valid UTF-16; save the file as UTF-8");
                return null;
            }
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problems.Error(new LineMap(bytes, path).At(nul), $"this is not a text file (it holds a NUL byte); {notTextAdvice}");
            return null;
        }

        var invalid = FirstInvalidUtf8(bytes);
        if (invalid is null)
        {
            if (declared == DataEncoding.Windows1252 && Array.Exists(bytes, b => b >= 0x80))
            {
                problems.Warning(new SourceLocation(path), "the project file says `encoding: windows-1252`, but this is valid UTF-8 and is read as UTF-8; remove the encoding line if that is right");
            }

            return StrictUtf8.GetString(bytes);
        }

        var location = new LineMap(bytes, path).At(invalid.Value);
        switch (declared)
        {
            case DataEncoding.Utf8:
                problems.Error(location, "this is not valid UTF-8, but the project file says `encoding: utf-8`; save the file as UTF-8, or say `encoding: windows-1252`");
                return null;
            case DataEncoding.Detect when FirstUtf8Sequence(bytes) is { } utf8:
                var other = new LineMap(bytes, path).At(utf8);
                problems.Error(location, $"this is not UTF-8, but line {other.Line} is: the file mixes two encodings, and reading it as either would mangle part of it; save the whole file as UTF-8");
                return null;
            case DataEncoding.Detect:
                problems.Warning(location, $"not valid UTF-8; read as Windows-1252; {fallbackAdvice}");
                break;
        }

        return Windows1252.GetString(bytes);
    }

    /// <summary>The offset of the first valid UTF-8 sequence of two bytes or more (a non-ASCII character written as UTF-8), if any.</summary>
    public static int? FirstUtf8Sequence(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] >= 0xC2 && Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) == OperationStatus.Done && consumed > 1)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, if any.</summary>
    public static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (offset < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status == OperationStatus.InvalidData)
                {
                    return offset;
                }

                if (status == OperationStatus.Done)
                {
                    return null;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
