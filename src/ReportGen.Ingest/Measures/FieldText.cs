using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Measures;

/// <summary>Reads the numbers and ratings of measures CSV fields.</summary>
internal static class FieldText
{
    /// <summary>What the Analysis Function's standards and older publications write for "no value".</summary>
    private static readonly string[] NoValue = ["[x]", "[z]", "[c]", ".."];

    /// <summary>
    /// The number in <paramref name="text"/>: <c>13,143</c>, <c>28.8%</c> (28.8), <c>-5</c>; <see langword="null"/>
    /// for a blank or a "no value" shorthand. Anything else is an error and sets <paramref name="ok"/> to false.
    /// </summary>
    public static decimal? Number(string text, SourceLocation location, ProblemList problems, ref bool ok)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || NoValue.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        if (NumberText.TryParse(trimmed, out var value, out _))
        {
            return value;
        }

        problems.Error(location, $"'{Excerpt.Of(trimmed)}' is not a number; {NumberText.Advice}, or leave it blank (or [x]) for no value");
        ok = false;
        return null;
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
