using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// A register's trend (a risk's score, an issue's severity) as an arrow and a word: <c>up</c> is "↑ Rising", drawn
/// in the theme's worse colour; <c>down</c> "↓ Falling", better; <c>same</c> "→ Stable"; <c>new</c> "New".
/// </summary>
internal static class TrendCells
{
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["up"] = "up",
        ["↑"] = "up",
        ["rising"] = "up",
        ["increasing"] = "up",
        ["higher"] = "up",
        ["down"] = "down",
        ["↓"] = "down",
        ["falling"] = "down",
        ["decreasing"] = "down",
        ["lower"] = "down",
        ["same"] = "same",
        ["→"] = "same",
        ["stable"] = "same",
        ["unchanged"] = "same",
        ["level"] = "same",
        ["new"] = "new",
    };

    /// <summary>The canonical word (<c>up</c>, <c>down</c>, <c>same</c>, <c>new</c>) of <paramref name="text"/>, if it is a trend.</summary>
    public static string? Of(string text) => Canonical.GetValueOrDefault(text.Trim());

    /// <summary>The cell for <paramref name="text"/>; text that is no trend is shown as written.</summary>
    public static TableCell Cell(string text, TemplateTheme theme)
    {
        Inline[] content = Of(text) switch
        {
            "up" => [new TextRun("↑", Bold: true, Color: theme.Worse), new TextRun(" Rising")],
            "down" => [new TextRun("↓", Bold: true, Color: theme.Better), new TextRun(" Falling")],
            "same" => [new TextRun("→", Bold: true, Color: theme.Same), new TextRun(" Stable")],
            "new" => [new TextRun("New", Bold: true)],
            _ => [new TextRun(text.Trim())],
        };
        return new TableCell([new Paragraph(content)], Alignment: CellAlignment.Center);
    }
}
