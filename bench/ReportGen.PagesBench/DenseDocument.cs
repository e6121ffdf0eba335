using ReportGen.Documents.Model;

namespace ReportGen.PagesBench;

/// <summary>
/// The benchmark's document: one landscape section of dense indicator-table pages, each a level-2 heading and a
/// table of <see cref="RowsPerPage"/> indicators (reference, description, target, quarter, year to date, RAG on its
/// colour, direction of travel, two sentences of commentary) at 7 pt, then a page break; a running header and
/// "Page X of Y" footer. bench/pages_reportlab.py draws the same pages with ReportLab.
/// </summary>
internal static class DenseDocument
{
    /// <summary>Indicator rows on each page: as many as fit one landscape A4 page in both ReportGen and ReportLab.</summary>
    public const int RowsPerPage = 16;

    /// <summary>The columns' relative widths, as the ReportLab script's absolute ones.</summary>
    static readonly double[] Widths = [30, 150, 40, 35, 35, 30, 40, 420];

    static readonly string[] Headings = ["Ref", "Indicator", "Target", "Q3", "YTD", "RAG", "DoT", "Commentary"];

    static readonly (string Word, Rgb Fill)[] Ratings =
        [("Red", Rgb.FromHex("#D4351C")), ("Amber", Rgb.FromHex("#F47738")), ("Green", Rgb.FromHex("#00703C"))];

    static readonly string[] Directions = ["better", "worse", "same"];

    const string Commentary =
        "Commentary explaining the movement in the quarter and the corrective action agreed. " +
        "Commentary explaining the movement in the quarter and the corrective action agreed.";

    /// <summary>A document of <paramref name="pages"/> pages; the same <paramref name="pages"/> gives the same document.</summary>
    public static ReportDocument Of(int pages)
    {
        var random = new Random(1);
        var blocks = new List<Block>();
        for (var p = 0; p < pages; p++)
        {
            if (p > 0)
            {
                blocks.Add(new PageBreak());
            }

            blocks.Add(Heading.Of(2, $"Borough {(p / 10) + 1:00} - section {(p % 10) + 1}: performance indicators"));
            var rows = new List<TableRow>();
            for (var r = 1; r <= RowsPerPage; r++)
            {
                var (word, fill) = Ratings[random.Next(Ratings.Length)];
                rows.Add(new TableRow(
                [
                    TableCell.Of($"{p}.{r}"),
                    TableCell.Of($"Indicator {r} description with some words"),
                    TableCell.Of($"{random.Next(50, 100)}%"),
                    TableCell.Of($"{random.Next(40, 101)}%"),
                    TableCell.Of($"{random.Next(40, 101)}%"),
                    TableCell.Of(word) with { Background = fill, Foreground = Rgb.FromHex("#FFFFFF") },
                    TableCell.Of(Directions[random.Next(Directions.Length)]),
                    TableCell.Of(Commentary),
                ]));
            }

            blocks.Add(new Table(
                $"Performance indicators, page {p + 1}",
                [.. Widths.Select((w, i) => new TableColumn(w, i is >= 2 and <= 4 ? CellAlignment.Right : CellAlignment.Left))],
                [new TableRow([.. Headings.Select(h => TableCell.Of(h) with { IsHeader = true })])],
                rows));
        }

        var style = DocumentStyle.Default with { BodySize = 9, SmallSize = 7 };
        var furniture = new PageFurniture("Performance committee", "Dense pages benchmark", "Page {page} of {pages}");
        return new ReportDocument(
            new DocumentInfo("Dense pages benchmark", "en-GB"),
            style,
            [new Section(Orientation.Landscape, furniture, blocks)]);
    }
}
