namespace ReportGen.Ingest.Extracts;

/// <summary>
/// A date format as <c>date_format:</c> declares it (<c>dd/MM/yyyy</c>, <c>yyyy-MM-dd</c>, <c>d-MMM-yyyy</c>), read
/// from a field's UTF-8 bytes to its calendar month without allocating. A time after the date (<c>31/10/2016 14:05</c>,
/// <c>2016-10-31T14:05:00Z</c>) is allowed whatever the format says and does not move the date: the month is the one
/// written. <c>d</c> and <c>M</c> take one or two digits, as do <c>dd</c> and <c>MM</c> unless another number
/// follows with no separator (<c>yyyyMMdd</c>).
/// </summary>
internal sealed class DatePattern
{
    /// <summary>What a format may hold, for messages.</summary>
    public const string Advice = "write it with d or dd (day), M, MM or MMM (month), yyyy (year) and the separators / - . or a space, such as dd/MM/yyyy or yyyy-MM-dd";

    private readonly DatePart[] _parts;

    private DatePattern(string text, DatePart[] parts)
    {
        Text = text;
        _parts = parts;
    }

    /// <summary>The format as written.</summary>
    public string Text { get; }

    /// <summary>The formats tried when a file's date format is not declared, each a way UK extracts write dates.</summary>
    public static IReadOnlyList<DatePattern> Candidates { get; } =
    [
        .. new[] { "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "yyyy/MM/dd", "dd-MM-yyyy", "MM-dd-yyyy", "dd.MM.yyyy", "d-MMM-yyyy", "d MMM yyyy", "d/MMM/yyyy", "yyyyMMdd" }
            .Select(f => Parse(f, out _)!),
    ];

    /// <summary>The pattern <paramref name="format"/> describes, or <see langword="null"/> with the reason in <paramref name="error"/>.</summary>
    public static DatePattern? Parse(string format, out string? error)
    {
        var parts = new List<DatePart>();
        var text = format.Trim();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var run = 1;
            while (i + run < text.Length && text[i + run] == c)
            {
                run++;
            }

            if (IsTimeStart(text, i, parts))
            {
                break;
            }

            var part = Token(c, run, out error);
            if (part is null)
            {
                return null;
            }

            parts.Add(part.Value);
            i += part.Value.Kind == DatePartKind.Literal ? 1 : run;
        }

        while (parts.Count > 0 && parts[^1].Kind == DatePartKind.Literal)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        error = Missing(parts);
        return error is null ? new DatePattern(text, FixWidths(parts)) : null;
    }

    /// <summary>Reads the month of the date in <paramref name="field"/>: <c>year * 12 + month - 1</c>.</summary>
    public bool TryReadMonth(ReadOnlySpan<byte> field, out int ordinal) => TryReadMonth(field.Trim(" \t"u8), out ordinal, out _);

    /// <summary>
    /// Reads the month of the date in <paramref name="s"/>, which has no spaces around it; <paramref name="dateLength"/>
    /// is how many of its bytes are the date (the rest, if any, is a time: <see cref="IsTime"/>).
    /// </summary>
    public bool TryReadMonth(ReadOnlySpan<byte> s, out int ordinal, out int dateLength)
    {
        ordinal = 0;
        dateLength = 0;
        int pos = 0, day = 0, month = 0, year = 0;
        foreach (var part in _parts)
        {
            var ok = part.Kind switch
            {
                DatePartKind.Literal => pos < s.Length && s[pos++] == part.Literal,
                DatePartKind.Day => Digits(s, ref pos, part.Width, out day),
                DatePartKind.Month => Digits(s, ref pos, part.Width, out month),
                DatePartKind.Year => Digits(s, ref pos, 4, out year),
                _ => Name(s, ref pos, out month),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (pos < s.Length && !IsTime(s[pos..]))
        {
            return false;
        }

        if (month is < 1 or > 12 || year is < 1 or > 9998 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        ordinal = (year * 12) + month - 1;
        dateLength = pos;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static DatePart? Token(char c, int run, out string? error)
    {
        error = null;
        switch (c)
        {
            case 'd' when run <= 2:
                return new DatePart(DatePartKind.Day);
            case 'M' when run <= 2:
                return new DatePart(DatePartKind.Month);
            case 'M' when run <= 4:
                return new DatePart(DatePartKind.MonthName);
            case 'y' when run == 4:
                return new DatePart(DatePartKind.Year, Width: 4);
            case 'y' when run == 2:
                error = "'yy' is a two-digit year, which cannot say which century; the dates need four-digit years, written yyyy";
                return null;
            case '/' or '-' or '.' or ' ' or ',':
                return new DatePart(DatePartKind.Literal, (byte)c);
            case 'd':
                error = $"'{new string(c, run)}' is a day's name, which says nothing a date needs; {Advice}";
                return null;
            case 'm':
                error = $"'{new string(c, run)}' means minutes; the month is M, MM or MMM (capital M)";
                return null;
            default:
                error = $"'{new string(c, run)}' is not part of a date format; {Advice}";
                return null;
        }
    }

    /// <summary>Whether a time starts at <paramref name="i"/> (after a space or a <c>T</c>): the rest is not read, as a time is always allowed.</summary>
    private static bool IsTimeStart(string text, int i, List<DatePart> parts)
    {
        var c = text[i];
        var afterSeparator = parts.Count > 0 && parts[^1] is { Kind: DatePartKind.Literal, Literal: (byte)' ' };
        return (c is 'H' or 'h' && afterSeparator) || (c == 'T' && parts.Count > 0) || c == '\'';
    }

    private static string? Missing(List<DatePart> parts)
    {
        var days = parts.Count(p => p.Kind == DatePartKind.Day);
        var months = parts.Count(p => p.Kind is DatePartKind.Month or DatePartKind.MonthName);
        var years = parts.Count(p => p.Kind == DatePartKind.Year);
        if (days == 1 && months == 1 && years == 1)
        {
            return null;
        }

        var wrong = days != 1 ? "day (d or dd)" : months != 1 ? "month (M, MM or MMM)" : "year (yyyy)";
        return $"a date format needs one {wrong}; {Advice}";
    }

    private static DatePart[] FixWidths(List<DatePart> parts)
    {
        static bool Numeric(DatePart p) => p.Kind is DatePartKind.Day or DatePartKind.Month or DatePartKind.Year;
        var fixedParts = parts.ToArray();
        for (var i = 0; i < fixedParts.Length; i++)
        {
            var touching = (i > 0 && Numeric(fixedParts[i - 1])) || (i + 1 < fixedParts.Length && Numeric(fixedParts[i + 1]));
            if (fixedParts[i].Kind is DatePartKind.Day or DatePartKind.Month && touching)
            {
                fixedParts[i] = fixedParts[i] with { Width = 2 };
            }
        }

        return fixedParts;
    }

    private static bool Digits(ReadOnlySpan<byte> s, ref int pos, int width, out int value)
    {
        value = 0;
        var start = pos;
        var max = width == 0 ? 2 : width;
        while (pos < s.Length && pos - start < max && s[pos] is >= (byte)'0' and <= (byte)'9')
        {
            value = (value * 10) + (s[pos] - '0');
            pos++;
        }

        var read = pos - start;
        return width == 0 ? read > 0 : read == width;
    }

    private static bool Name(ReadOnlySpan<byte> s, ref int pos, out int month)
    {
        var start = pos;
        while (pos < s.Length && (s[pos] | 0x20) is >= (byte)'a' and <= (byte)'z')
        {
            pos++;
        }

        month = MonthNames.Match(s[start..pos]);
        return month > 0;
    }

    /// <summary>Whether <paramref name="rest"/> is a time after the date: a space or T, then digits with <c>:</c> <c>.</c> <c>,</c>, and an optional AM/PM, Z or offset.</summary>
    public static bool IsTime(ReadOnlySpan<byte> rest)
    {
        if (rest.Length < 2 || rest[0] is not ((byte)' ' or (byte)'T') || rest[1] is < (byte)'0' or > (byte)'9')
        {
            return false;
        }

        foreach (var b in rest[1..])
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (byte)':' or (byte)'.' or (byte)',' or (byte)' ' or (byte)'+' or (byte)'-'
                or (byte)'Z' or (byte)'z' or (byte)'A' or (byte)'a' or (byte)'P' or (byte)'p' or (byte)'M' or (byte)'m'))
            {
                return false;
            }
        }

        return true;
    }
}
