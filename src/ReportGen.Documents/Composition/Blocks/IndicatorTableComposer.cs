using ReportGen.Core.Results;
using ReportGen.Documents.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Documents.Composition.Blocks;

/// <summary>
/// <c>indicator-table:</c> Appendix 1: a header row from the columns, then one row per indicator (those in scope, or
/// the ids listed, kept where <c>where</c> holds), under a row for each goal when grouped; rows where <c>emphasis</c>
/// holds are emphasised. Text and Markdown columns are Liquid with <c>indicator</c> in scope.
/// </summary>
internal static class IndicatorTableComposer
{
    public static IEnumerable<Block> Compose(IndicatorTableTemplate template, CompositionContext context)
    {
        var header = new TableRow(template.Columns
            .Select(c => new TableCell([new Paragraph(context.InlineMarkdown(c.Header, template.Location))], IsHeader: true, Alignment: c.Alignment))
            .ToList());
        var chosen = IndicatorSelection.Select(template.Indicators, context, template.Location, "the indicator table")
            .Where(r => context.Holds(template.Where, template.Location, context.IndicatorLocals(r)))
            .ToList();
        var rows = new List<TableRow>();
        if (template.GroupByGoal)
        {
            foreach (var goal in context.Goals)
            {
                var members = chosen.Where(goal.Indicators.Contains).ToList();
                if (members.Count == 0)
                {
                    continue;
                }

                rows.Add(new TableRow([new TableCell([new Paragraph([new TextRun(goal.Title, Bold: true)])], template.Columns.Count)], IsGroupHeading: true));
                rows.AddRange(members.Select(r => Row(r, template, context)));
            }
        }
        else
        {
            rows.AddRange(chosen.Select(r => Row(r, template, context)));
        }

        yield return new Table(
            context.Text(template.Caption, template.Location),
            template.Columns.Select(c => new TableColumn(c.Width, c.Alignment)).ToList(),
            [header],
            rows);
    }

    private static TableRow Row(IndicatorResult result, IndicatorTableTemplate template, CompositionContext context)
    {
        var locals = context.IndicatorLocals(result);
        var row = new TableRow(template.Columns.Select(column => Cell(result, column, template, context, locals)).ToList());
        return template.Emphasis is not null && context.Holds(template.Emphasis, template.Location, locals) ? Emphasis.Of(row) : row;
    }

    private static TableCell Cell(
        IndicatorResult result, ColumnTemplate column, IndicatorTableTemplate template, CompositionContext context, IReadOnlyDictionary<string, object> locals) =>
        column.Kind switch
        {
            ColumnKind.Rag => RagCells.Rating(result.Rag, result.RagLabel, context.Theme),
            ColumnKind.Ratings => RagCells.Ratings(result, context.Theme),
            ColumnKind.DotShort => RagCells.Direction(result.DotShort, ValueChange.ShortTerm(result), context.Theme),
            ColumnKind.DotLong => RagCells.Direction(result.DotLong, ValueChange.LongTerm(result), context.Theme),
            ColumnKind.Rating => RatingWords.Cell(context.Text(column.Value, template.Location, locals), context.Theme),
            ColumnKind.Trend => TrendCells.Cell(context.Text(column.Value, template.Location, locals), context.Theme),
            ColumnKind.Markdown => new TableCell(context.Markdown(column.Value, template.Location, 4, locals)),
            _ => new TableCell([new Paragraph(context.InlineMarkdown(column.Value, template.Location, locals))]),
        };
}
