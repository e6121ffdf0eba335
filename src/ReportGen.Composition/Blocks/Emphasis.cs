using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// An emphasised row (a subtotal, a total): its text bold and, where a cell has no fill of its own (a rating's), a
/// light grey fill. Bold carries the emphasis, so it never depends on seeing the grey.
/// </summary>
internal static class Emphasis
{
    /// <summary>GOV.UK light grey: black text on it has a contrast of 19:1.</summary>
    public static readonly Rgb Fill = Rgb.FromHex("#F3F2F1");

    public static TableRow Of(TableRow row) => row with { Cells = [.. row.Cells.Select(Cell)] };

    private static TableCell Cell(TableCell cell) => cell with
    {
        Content = [.. cell.Content.Select(Bold)],
        Background = cell.Background ?? Fill,
    };

    private static Block Bold(Block block) => block switch
    {
        Paragraph paragraph => paragraph with { Content = [.. paragraph.Content.Select(Bold)] },
        ListBlock list => list with { Items = [.. list.Items.Select(i => i with { Content = [.. i.Content.Select(Bold)] })] },
        _ => block,
    };

    private static Inline Bold(Inline inline) => inline is TextRun run ? run with { Bold = true } : inline;
}
