using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// Cells that show a rating or a direction of travel: always colour and words together, so nothing depends
/// on seeing colour ("Red" on red; "↑ Better" with a green arrow).
/// </summary>
internal static class RagCells
{
    public static TableCell Rating(Rag? rag, string? label, TemplateTheme theme)
    {
        var words = new List<Inline> { new TextRun(Display.Rating(rag), Bold: rag is not null) };
        if (!string.IsNullOrEmpty(label))
        {
            words.Add(new LineBreak());
            words.Add(new TextRun(label));
        }

        if (rag is not { } rating)
        {
            return new TableCell([new Paragraph(words)], Alignment: CellAlignment.Center);
        }

        var colours = theme.Rag[rating];
        return new TableCell([new Paragraph(words)], Background: colours.Fill, Foreground: colours.Text, Alignment: CellAlignment.Center);
    }

    /// <summary>
    /// A rating or direction withheld by disclosure control: <c>[c]</c>, with no colour that could give it away, and the
    /// <paramref name="label"/> (a gap's group) under it, if any.
    /// </summary>
    public static TableCell Confidential(string? label = null) => label is null
        ? new([Paragraph.Of(Core.Disclosure.Confidential.Symbol)], Alignment: CellAlignment.Center)
        : new([new Paragraph([new TextRun(Core.Disclosure.Confidential.Symbol), new LineBreak(), new TextRun(label)])], Alignment: CellAlignment.Center);

    /// <summary>
    /// The cells of a ratings column <paramref name="width"/> cells wide: the indicator's rating spanning them, or when
    /// it has equality gaps a cell for each group, its colour with the rating and the group ("Green / Black"), so two
    /// ratings share one row and the words carry the meaning. A rating disclosure control withheld is <c>[c]</c>; an
    /// indicator not due shows <paramref name="notDue"/>, its words.
    /// </summary>
    public static IEnumerable<TableCell> Ratings(IndicatorResult result, int width, TemplateTheme theme, string? notDue = null)
    {
        if (result.Gaps.Count == 0)
        {
            var whole = result.Withheld.HasFlag(Withheld.Rating) ? Confidential()
                : notDue is not null ? NotDue(notDue)
                : Rating(result.Rag, result.RagLabel, theme);
            yield return whole with { ColumnSpan = width };
            yield break;
        }

        for (var i = 0; i < result.Gaps.Count; i++)
        {
            var gap = result.Gaps[i];
            var span = i == result.Gaps.Count - 1 ? width - i : 1;
            var cell = gap.Suppressed ? Confidential(gap.Breakdown) : Rating(gap.Rag, gap.Breakdown, theme);
            yield return cell with { ColumnSpan = span };
        }
    }

    /// <summary>An indicator not due in the period: its words ("Annual KPI") where the rating would be, with no colour.</summary>
    public static TableCell NotDue(string words) => new([Paragraph.Of(words)], Alignment: CellAlignment.Center);

    /// <summary>
    /// The change of a data-only (contextual) indicator: "↑ Increase", "↓ Decrease" or "→ No change", in the text colour,
    /// for a figure shown for context is neither better nor worse.
    /// </summary>
    public static TableCell Change(string word)
    {
        var arrow = word switch { "increase" => "↑", "decrease" => "↓", "no change" => "→", _ => null };
        if (arrow is null)
        {
            return new TableCell([Paragraph.Of(Display.Missing)], Alignment: CellAlignment.Center);
        }

        return new TableCell(
            [new Paragraph([new TextRun(arrow, Bold: true), new TextRun(" " + char.ToUpperInvariant(word[0]) + word[1..])])],
            Alignment: CellAlignment.Center);
    }

    /// <summary>
    /// A direction of travel. <paramref name="valueRose"/> says whether the compared figure went up, for the
    /// <see cref="ArrowConvention.Value"/> convention.
    /// </summary>
    public static TableCell Direction(Direction? direction, bool? valueRose, TemplateTheme theme)
    {
        if (direction is not { } d)
        {
            return new TableCell([Paragraph.Of(Display.Missing)], Alignment: CellAlignment.Center);
        }

        var arrow = theme.Arrows == ArrowConvention.Performance || valueRose is null
            ? d switch { Core.Results.Direction.Better => "↑", Core.Results.Direction.Worse => "↓", _ => "→" }
            : d == Core.Results.Direction.Same ? "→" : valueRose.Value ? "↑" : "↓";
        var colour = d switch
        {
            Core.Results.Direction.Better => theme.Better,
            Core.Results.Direction.Worse => theme.Worse,
            _ => theme.Same,
        };
        return new TableCell(
            [new Paragraph([new TextRun(arrow, Bold: true, Color: colour), new TextRun(" " + Display.Direction(d))])],
            Alignment: CellAlignment.Center);
    }
}
