using ReportGen.Composition.Templates;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// The ratings a <c>rating</c> column may be given as text, each shown as a fill and a word: RAG (<c>G</c>,
/// <c>Amber</c>), complete (<c>CG</c>, <c>Complete</c>, MOPAC's milestone done) and issue ratings (<c>H</c>, <c>M</c>,
/// <c>L</c>, drawn Red, Amber and Green) and the City of London measures' assessments (<c>Satisfactory</c>, <c>Close monitoring</c>,
/// <c>Requires action</c>). Matched ignoring case.
/// </summary>
internal static class RatingWords
{
    /// <summary>GOV.UK blue, for a milestone complete: white text on it has a contrast of 5.2:1.</summary>
    public static readonly RagColours Complete = new(Rgb.FromHex("#1D70B8"), Rgb.White);

    private static readonly Dictionary<string, (string Word, Rag? Rag)> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["G"] = ("Green", Rag.Green),
        ["Green"] = ("Green", Rag.Green),
        ["A"] = ("Amber", Rag.Amber),
        ["Amber"] = ("Amber", Rag.Amber),
        ["R"] = ("Red", Rag.Red),
        ["Red"] = ("Red", Rag.Red),
        ["CG"] = ("Complete", null),
        ["C"] = ("Complete", null),
        ["Complete"] = ("Complete", null),
        ["Completed"] = ("Complete", null),
        ["H"] = ("High", Rag.Red),
        ["High"] = ("High", Rag.Red),
        ["M"] = ("Medium", Rag.Amber),
        ["Medium"] = ("Medium", Rag.Amber),
        ["L"] = ("Low", Rag.Green),
        ["Low"] = ("Low", Rag.Green),
        ["Satisfactory"] = ("Satisfactory", Rag.Green),
        ["Close monitoring"] = ("Close monitoring", Rag.Amber),
        ["Requires action"] = ("Requires action", Rag.Red),
    };

    /// <summary>The word and colours of <paramref name="text"/>, or <see langword="null"/> when it is no rating.</summary>
    public static (string Word, RagColours Colours)? Of(string text, TemplateTheme theme) =>
        Words.TryGetValue(text.Trim(), out var found)
            ? (found.Word, found.Rag is { } rag ? theme.Rag[rag] : Complete)
            : null;

    /// <summary>A cell for <paramref name="text"/>: fill and word for a rating, the text as written otherwise (a dash, say).</summary>
    public static TableCell Cell(string text, TemplateTheme theme) => Of(text, theme) is { } rating
        ? new TableCell([new Paragraph([new TextRun(rating.Word, Bold: true)])], Background: rating.Colours.Fill, Foreground: rating.Colours.Text, Alignment: CellAlignment.Center)
        : new TableCell([Paragraph.Of(text.Trim().Length == 0 ? string.Empty : text.Trim())], Alignment: CellAlignment.Center);

    /// <summary>Whether <paramref name="text"/> is a rating word or letter.</summary>
    public static bool IsRating(string text) => Words.ContainsKey(text.Trim());
}
