using System.Buffers.Text;
using System.Text;

namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// A growable byte buffer that PDF syntax is written into: ASCII text, numbers as PDF writes them (invariant, no
/// exponent, at most four decimals), names, strings and glyph codes. Cleared and reused, it allocates only as it grows.
/// </summary>
internal sealed class ByteSink
{
    static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    byte[] _buffer;

    /// <summary>An empty sink of <paramref name="capacity"/> bytes to start with.</summary>
    public ByteSink(int capacity = 4096) => _buffer = new byte[capacity];

    /// <summary>How many bytes have been written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far (valid until the next write).</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    /// <summary>Forgets what was written, keeping the space.</summary>
    public void Clear() => Length = 0;

    /// <summary>Appends raw bytes.</summary>
    public ByteSink Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Space(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>Appends one byte.</summary>
    public ByteSink Byte(byte value)
    {
        Space(1)[0] = value;
        Length++;
        return this;
    }

    /// <summary>Appends <paramref name="text"/>, which is ASCII (PDF keywords and operators).</summary>
    public ByteSink Ascii(string text)
    {
        var written = Encoding.ASCII.GetBytes(text, Space(text.Length));
        Length += written;
        return this;
    }

    /// <summary>Appends an integer.</summary>
    public ByteSink Int(long value)
    {
        Utf8Formatter.TryFormat(value, Space(20), out var written);
        Length += written;
        return this;
    }

    /// <summary>Appends a non-negative integer as exactly <paramref name="digits"/> digits, with leading zeros.</summary>
    public ByteSink Padded(long value, int digits)
    {
        var span = Space(digits);
        for (var i = digits - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        Length += digits;
        return this;
    }

    /// <summary>Appends a real number rounded to four decimals, without trailing zeros or an exponent (<c>-0</c> is <c>0</c>).</summary>
    public ByteSink Real(double value)
    {
        // PDF readers need only hold reals up to about ±32767 (ISO 32000-1 Annex C); a page is far smaller.
        var rounded = Math.Round(Math.Clamp(value, -1e9, 1e9), 4, MidpointRounding.AwayFromZero);
        if (rounded == 0 || !double.IsFinite(rounded))
        {
            return Byte((byte)'0');
        }

        var whole = (long)Math.Round(rounded * 10000);
        if (whole < 0)
        {
            Byte((byte)'-');
            whole = -whole;
        }

        Int(whole / 10000);
        var fraction = (int)(whole % 10000);
        if (fraction != 0)
        {
            Byte((byte)'.');
            var digits = 4;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            Padded(fraction, digits);
        }

        return this;
    }

    /// <summary>Appends a space.</summary>
    public ByteSink Space() => Byte((byte)' ');

    /// <summary>Appends a line feed.</summary>
    public ByteSink Line() => Byte((byte)'\n');

    /// <summary>Appends <c>/name</c>, escaping delimiters, white space and bytes outside printable ASCII as <c>#xx</c>.</summary>
    public ByteSink Name(string name)
    {
        Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            if (b is < 0x21 or > 0x7E or (byte)'#' or (byte)'/' or (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
                or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'%')
            {
                Byte((byte)'#').Byte(HexDigits[b >> 4]).Byte(HexDigits[b & 0xF]);
            }
            else
            {
                Byte(b);
            }
        }

        return this;
    }

    /// <summary>
    /// Appends a text string (ISO 32000-1 §7.9.2.2) as a literal string: in PDFDocEncoding when every character is
    /// printable ASCII or Latin-1 (where the two encodings agree), otherwise UTF-16BE after a byte order mark.
    /// </summary>
    public ByteSink Text(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or (> '~' and < '\u00A1') or '\u00AD' or > '\u00FF')
            {
                Byte((byte)'(').Escaped(0xFE).Escaped(0xFF);
                foreach (var unit in text)
                {
                    Escaped((byte)(unit >> 8)).Escaped((byte)(unit & 0xFF));
                }

                return Byte((byte)')');
            }
        }

        Byte((byte)'(');
        foreach (var c in text)
        {
            Escaped((byte)c);
        }

        return Byte((byte)')');
    }

    /// <summary>Appends <paramref name="text"/> (printable ASCII) as a literal string, escaping <c>( ) \</c>.</summary>
    public ByteSink Literal(string text)
    {
        Byte((byte)'(');
        foreach (var c in text)
        {
            Escaped(c is >= ' ' and <= '~' ? (byte)c : (byte)'?');
        }

        return Byte((byte)')');
    }

    // One byte of a literal string: printable ASCII as itself (a backslash before "(", ")" and "\"), any other byte
    // as a three-digit octal escape.
    ByteSink Escaped(byte b)
    {
        if (b is (byte)'(' or (byte)')' or (byte)'\\')
        {
            return Byte((byte)'\\').Byte(b);
        }

        if (b is >= 0x20 and <= 0x7E)
        {
            return Byte(b);
        }

        return Byte((byte)'\\').Byte((byte)('0' + (b >> 6))).Byte((byte)('0' + ((b >> 3) & 7))).Byte((byte)('0' + (b & 7)));
    }

    /// <summary>Appends four hexadecimal digits for <paramref name="value"/> (a glyph code or a UTF-16 unit).</summary>
    public ByteSink Hex16(int value)
    {
        var span = Space(4);
        span[0] = HexDigits[(value >> 12) & 0xF];
        span[1] = HexDigits[(value >> 8) & 0xF];
        span[2] = HexDigits[(value >> 4) & 0xF];
        span[3] = HexDigits[value & 0xF];
        Length += 4;
        return this;
    }

    /// <summary>Appends <c>n 0 R</c>.</summary>
    public ByteSink Reference(int number) => Int(number).Raw(" 0 R"u8);

    // Room for at least `count` more bytes, at the end of what is written.
    Span<byte> Space(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }

        return _buffer.AsSpan(Length);
    }
}
