using System.Globalization;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>rag-tiles:</c> a row of coloured tiles, Green, Amber, Red (and "Not rated" when any target indicator is),
/// each with its word above its count: a table whose header row holds the words and whose one row holds the
/// counts, so screen readers read "Green: 9". Counts are of the target indicators in scope, or with <c>count: ratings</c>
/// of every rating the indicators' ratings column shows, equality gaps' included (<see cref="RagSummary.OfRatingsShown"/>).
/// </summary>
internal static class RagTilesComposer
{
    private static readonly Rgb NotRatedFill = Rgb.FromHex("#505A5F");

    public static IEnumerable<Block> Compose(RagTilesTemplate template, CompositionContext context)
    {
        var summary = template.Count == RagTilesCount.Ratings
            ? RagSummary.OfRatingsShown(context.Input.Results.Indicators)
            : context.Input.Results.Summary;
        var ratings = new List<Rag?> { Rag.Green, Rag.Amber, Rag.Red };
        if (summary.None > 0)
        {
            ratings.Add(null);
        }

        var headers = new List<TableCell>();
        var counts = new List<TableCell>();
        foreach (var rating in ratings)
        {
            var (fill, text) = rating is { } rag ? (context.Theme.Rag[rag].Fill, context.Theme.Rag[rag].Text) : (NotRatedFill, Rgb.White);
            headers.Add(new TableCell([Paragraph.Of(Display.Rating(rating))], IsHeader: true, Background: fill, Foreground: text, Alignment: CellAlignment.Center));
            counts.Add(new TableCell(
                [new Paragraph([new TextRun(summary.Count(rating).ToString(CultureInfo.InvariantCulture), Bold: true)])],
                Background: fill,
                Foreground: text,
                Alignment: CellAlignment.Center));
        }

        yield return new Table(
            context.Text(template.Caption, template.Location),
            [.. ratings.Select(_ => new TableColumn(1, CellAlignment.Center))],
            [new TableRow(headers)],
            [new TableRow(counts)]);
    }
}
