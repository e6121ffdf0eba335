using ReportGen.Core.Results;
using ReportGen.Documents.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Documents.Composition.Blocks;

/// <summary>
/// <c>indicator-table:</c> Appendix 1: a header row from the columns, then one row per indicator, under a row
/// for each goal when grouped. Text and Markdown columns are Liquid with <c>indicator</c> in scope.
/// </summary>
internal static class IndicatorTableComposer
{
    public static IEnumerable<Block> Compose(IndicatorTableTemplate template, CompositionContext context)
    {
        var header = new TableRow(template.Columns
            .Select(c => new TableCell([new Paragraph(context.InlineMarkdown(c.Header, template.Location))], IsHeader: true, Alignment: c.Alignment))
            .ToList());
        var rows = new List<TableRow>();
        if (template.GroupByGoal)
        {
            foreach (var goal in context.Goals.Where(g => g.Indicators.Count > 0))
            {
                rows.Add(new TableRow([new TableCell([new Paragraph([new TextRun(goal.Title, Bold: true)])], template.Columns.Count)], IsGroupHeading: true));
                rows.AddRange(goal.Indicators.Select(r => Row(r, template, context)));
            }
        }
        else
        {
            rows.AddRange(context.Input.Results.Indicators.Select(r => Row(r, template, context)));
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
        return new TableRow(template.Columns.Select(column => column.Kind switch
        {
            ColumnKind.Rag => result.Withheld.HasFlag(Withheld.Rating) ? RagCells.Confidential() : RagCells.Rating(result.Rag, result.RagLabel, context.Theme),
            ColumnKind.DotShort => result.Withheld.HasFlag(Withheld.DotShort) ? RagCells.Confidential() : RagCells.Direction(result.DotShort, ValueChange.ShortTerm(result), context.Theme),
            ColumnKind.DotLong => result.Withheld.HasFlag(Withheld.DotLong) ? RagCells.Confidential() : RagCells.Direction(result.DotLong, ValueChange.LongTerm(result), context.Theme),
            ColumnKind.Markdown => new TableCell(context.Markdown(column.Value, template.Location, 4, locals)),
            _ => new TableCell([new Paragraph(context.InlineMarkdown(column.Value, template.Location, locals))]),
        }).ToList());
    }
}
