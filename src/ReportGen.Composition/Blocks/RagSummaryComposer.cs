using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary><c>rag-summary:</c> one row per rating with its count and share of all the report's indicators.</summary>
internal static class RagSummaryComposer
{
    public static IEnumerable<Block> Compose(RagSummaryTemplate template, CompositionContext context)
    {
        var summary = context.Input.Results.Summary;
        var rows = new List<TableRow>();
        foreach (var rating in new Rag?[] { Rag.Red, Rag.Amber, Rag.Green, null })
        {
            if (rating is null && summary.None == 0)
            {
                continue;
            }

            rows.Add(new TableRow(
            [
                RagCells.Rating(rating, null, context.Theme),
                TableCell.Of(summary.Count(rating).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                TableCell.Of(Display.Percent(summary.Percent(rating))),
            ]));
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

    private static TableCell Header(string text) => TableCell.Of(text) with { IsHeader = true };
}
