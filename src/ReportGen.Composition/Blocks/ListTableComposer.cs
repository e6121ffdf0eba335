using ReportGen.Composition.Registers;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Documents.Model;
using Block = ReportGen.Documents.Model.Block;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>table:</c> a row for each goal, or for each row of a register in scope (the goal's rows inside
/// <c>for_each: goal</c>), kept where <c>where</c> holds; a totals row when a column has <c>total</c>; the
/// <c>empty</c> text instead when no row is left.
/// </summary>
internal static class ListTableComposer
{
    public static IEnumerable<Block> Compose(ListTableTemplate template, CompositionContext context)
    {
        var (items, registerRows) = Items(template, context);
        var kept = items.Select((row, i) => (Row: row, Index: i))
            .Where(item => context.Holds(template.Where, template.Location, Locals(item.Row)))
            .ToList();
        if (kept.Count == 0)
        {
            return template.Empty is null ? [] : context.Markdown(template.Empty, template.Location);
        }

        var header = new TableRow([.. template.Columns.Select(c =>
            new TableCell([new Paragraph(context.InlineMarkdown(c.Header, template.Location))], IsHeader: true, Alignment: c.Alignment))]);
        var rows = kept.Select(item => new TableRow([.. template.Columns.Select(c => Cell(c, template, context, Locals(item.Row)))])).ToList();
        if (template.Columns.Any(c => c.Total is not null))
        {
            var totals = RowVariables.Totals([.. kept.Select(item => registerRows?[item.Index]).OfType<RegisterRow>()]);
            var locals = new Dictionary<string, object> { ["totals"] = totals };
            rows.Add(Emphasis.Of(new TableRow([.. template.Columns.Select(c =>
                new TableCell([new Paragraph(context.InlineMarkdown(c.Total, template.Location, locals))]))])));
        }

        return
        [
            new Table(
                context.Text(template.Caption, template.Location),
                [.. template.Columns.Select(c => new TableColumn(c.Width, c.Alignment))],
                [header],
                rows),
        ];
    }

    private static (IReadOnlyList<LiquidMap> Items, IReadOnlyList<RegisterRow>? RegisterRows) Items(ListTableTemplate template, CompositionContext context)
    {
        if (template.Rows == ListTableTemplate.Goals)
        {
            return (context.Globals["goals"] is IEnumerable<object> goals ? [.. goals.OfType<LiquidMap>()] : [], null);
        }

        var rows = (context.Input.Registers ?? Registers.Registers.Empty).Rows(template.Rows, context.GoalKey);
        return ([.. rows.Select((row, i) => RowVariables.Of(row, i + 1))], rows);
    }

    // An empty anchor is an empty cell: a row the contents lists but that has no sheet of its own.
    private static TableCell PageCell(string anchor, ListTableTemplate template, CompositionContext context)
    {
        if (anchor.Length == 0)
        {
            return new TableCell([new Paragraph([])]);
        }

        context.Anchors.Name(anchor, template.Location);
        return new TableCell([new Paragraph([new PageReference(anchor)])]);
    }

    private static Dictionary<string, object> Locals(LiquidMap row) => new() { ["row"] = row };

    private static TableCell Cell(ColumnTemplate column, ListTableTemplate template, CompositionContext context, IReadOnlyDictionary<string, object> locals) =>
        column.Kind switch
        {
            ColumnKind.Rating or ColumnKind.Rag => RatingWords.Cell(context.Text(column.Value, template.Location, locals), context.Theme),
            ColumnKind.Trend => TrendCells.Cell(context.Text(column.Value, template.Location, locals), context.Theme),
            ColumnKind.Markdown => new TableCell(context.Markdown(column.Value, template.Location, 4, locals)),
            ColumnKind.Page => PageCell(context.Text(column.Value, template.Location, locals), template, context),
            _ => new TableCell([new Paragraph(context.InlineMarkdown(column.Value, template.Location, locals))]),
        };
}
