namespace ReportGen.Core.Diagnostics;

/// <summary>
/// A value as quoted in a message: at most <see cref="Length"/> characters, then "…", with line breaks and other
/// control characters shown as spaces, so that a 50 MB field or a line of binary never floods the console.
/// </summary>
public static class Excerpt
{
    /// <summary>The most characters of a value a message quotes.</summary>
    public const int Length = 60;

    /// <summary><paramref name="value"/> as a message quotes it: whole if short, else its first <see cref="Length"/> characters and "…".</summary>
    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var cut = value.Length > Length;
        var end = cut ? Length : value.Length;
        if (cut && char.IsHighSurrogate(value[end - 1]))
        {
            end--;
        }

        var chars = new char[end];
        for (var i = 0; i < end; i++)
        {
            chars[i] = char.IsControl(value[i]) ? ' ' : value[i];
        }

        return cut ? new string(chars) + "…" : new string(chars);
    }
}
