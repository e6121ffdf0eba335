namespace ReportGen.Ingest.Extracts;

/// <summary>English month names as extracts and spreadsheets write them: <c>Oct</c>, <c>October</c>, <c>Sept</c>, in any case.</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>The month (1 to 12) <paramref name="letters"/> names, or 0.</summary>
    public static int Match(ReadOnlySpan<byte> letters)
    {
        if (letters.Length < 3)
        {
            return 0;
        }

        for (var m = 0; m < Full.Length; m++)
        {
            var name = Full[m];
            if (letters.Length == 3 || letters.Length == name.Length || (m == 8 && letters.Length == 4))
            {
                if (letters.Length <= name.Length && SameLetters(letters, name))
                {
                    return m + 1;
                }
            }
        }

        return 0;
    }

    /// <summary>The month (1 to 12) <paramref name="text"/> names, or 0.</summary>
    public static int Match(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 9 || trimmed.Any(c => c > 0x7F))
        {
            return 0;
        }

        Span<byte> bytes = stackalloc byte[trimmed.Length];
        for (var i = 0; i < trimmed.Length; i++)
        {
            bytes[i] = (byte)trimmed[i];
        }

        return Match(bytes);
    }

    private static bool SameLetters(ReadOnlySpan<byte> letters, string name)
    {
        for (var i = 0; i < letters.Length; i++)
        {
            if ((letters[i] | 0x20) != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
