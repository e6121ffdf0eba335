using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Measures;

/// <summary>Reads the numbers and ratings of measures CSV fields.</summary>
internal static class FieldText
{
    /// <summary>What the Analysis Function's standards, older publications and councils' tables write for "no value".</summary>
    private static readonly string[] NoValue = ["[x]", "[z]", "[c]", "..", "N/A", "Not available"];

    /// <summary>
    /// The number in <paramref name="text"/>: <c>13,143</c>, <c>28.8%</c> (28.8), <c>-5</c>; <see langword="null"/>
    /// for a blank or a "no value" shorthand. Anything else is an error and sets <paramref name="ok"/> to false.
    /// </summary>
    public static decimal? Number(string text, SourceLocation location, ProblemList problems, ref bool ok) =>
        Number(text, location, problems, ref ok, allowPounds: false, out _);

    /// <summary>
    /// As <see cref="Number(string, SourceLocation, ProblemList, ref bool)"/>; with <paramref name="allowPounds"/> also
    /// reading a pound sign before the number (<c>£23,771,451.95</c>, <c>-£5</c>), and saying in
    /// <paramref name="pounds"/> whether there was one, so that the caller can hold it to the indicator's unit (the
    /// measures CSV does; wide extracts, which have no such check, take no pound sign).
    /// </summary>
    public static decimal? Number(string text, SourceLocation location, ProblemList problems, ref bool ok, bool allowPounds, out bool pounds)
    {
        var trimmed = text.Trim();
        pounds = false;
        if (trimmed.Length == 0 || NoValue.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var sign = trimmed.StartsWith('-') || trimmed.StartsWith('+') ? trimmed[..1] : string.Empty;
        if (allowPounds && trimmed[sign.Length..].StartsWith('£'))
        {
            pounds = true;
            trimmed = sign + trimmed[(sign.Length + 1)..].TrimStart();
        }

        if (NumberText.TryParse(trimmed, out var value, out var percent) && !(pounds && percent))
        {
            return value;
        }

        pounds = false;
        problems.Error(location, $"'{Excerpt.Of(text.Trim())}' is not a number; {NumberText.Advice}, or leave it blank (or [x]) for no value");
        ok = false;
        return null;
    }

    /// <summary>
    /// The "no value" marker <paramref name="text"/> is (<c>N/A</c>, <c>Not available</c>, <c>[x]</c> …), trimmed and as
    /// written, the reason a figure is blank; <see langword="null"/> for a blank or anything else.
    /// </summary>
    public static string? Marker(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && NoValue.Contains(trimmed, StringComparer.OrdinalIgnoreCase) ? trimmed : null;
    }

    /// <summary>
    /// A provisional mark: <c>yes</c>, <c>y</c>, <c>true</c>, <c>provisional</c> or <c>*</c> for a provisional figure;
    /// blank, <c>no</c>, <c>n</c> or <c>false</c> for a final one; in any case.
    /// </summary>
    public static bool Provisional(string text, SourceLocation location, ProblemList problems, ref bool ok)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "" or "NO" or "N" or "FALSE":
                return false;
            case "YES" or "Y" or "TRUE" or "PROVISIONAL" or "*":
                return true;
            default:
                problems.Error(location, $"'{text.Trim()}' is not a provisional mark; write yes (or *) for a provisional figure, or leave it blank for a final one");
                ok = false;
                return false;
        }
    }

    /// <summary>A manual rating: G, A, R, Green, Amber or Red, in any case; <see langword="null"/> for a blank.</summary>
    public static Rag? Rating(string text, SourceLocation location, ProblemList problems, ref bool ok)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "":
                return null;
            case "G" or "GREEN":
                return Rag.Green;
            case "A" or "AMBER":
                return Rag.Amber;
            case "R" or "RED":
                return Rag.Red;
            default:
                problems.Error(location, $"'{Excerpt.Of(text.Trim())}' is not a rating; write G, A or R (or Green, Amber, Red), or leave it blank");
                ok = false;
                return null;
        }
    }
}
