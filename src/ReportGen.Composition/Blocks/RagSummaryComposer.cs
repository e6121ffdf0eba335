using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary><c>rag-summary:</c> one row per rating with its count and share of all the report's indicators; those not due (their <c>frequency</c>) a row apart from those not rated.</summary>
internal static class RagSummaryComposer
{
    public static IEnumerable<Block> Compose(RagSummaryTemplate template, CompositionContext context)
    {
        var summary = context.Input.Results.Summary;
        var rows = new List<TableRow>();
        foreach (var rating in new Rag?[] { Rag.Red, Rag.Amber, Rag.Green, null })
        {
            // Unrated indicators that were not due are a row of their own, apart from those with no data.
            var count = rating is null ? summary.NoData : summary.Count(rating);
            if (rating is null && count == 0)
            {
                continue;
            }

            rows.Add(Row(RagCells.Rating(rating, null, context.Theme), count, summary.Total));
        }

        if (summary.NotDue > 0)
        {
            rows.Add(Row(RagCells.NotDue("Not due"), summary.NotDue, summary.Total));
        }

        rows.Add(new TableRow(
        [
            TableCell.Of("Total", bold: true),
            TableCell.Of(summary.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), bold: true),
            TableCell.Of(string.Empty),
        ]));

        yield return new Table(
            context.Text(template.Caption, template.Location),
            [new TableColumn(1.2, CellAlignment.Center), new TableColumn(1, CellAlignment.Right), new TableColumn(1, CellAlignment.Right)],
            [new TableRow([Header("RAG rating"), Header("Indicators"), Header("Share")])],
            rows);
    }

    private static TableRow Row(TableCell rating, int count, int total) => new(
    [
        rating,
        TableCell.Of(count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        TableCell.Of(Display.Percent(total == 0 ? null : count * 100m / total)),
    ]);

    private static TableCell Header(string text) => TableCell.Of(text) with { IsHeader = true };
}
