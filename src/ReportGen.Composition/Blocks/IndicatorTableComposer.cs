using ReportGen.Composition.Templates;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>indicator-table:</c> Appendix 1: a header row from the columns, then one row per indicator (those in scope, or
/// the ids listed, kept where <c>where</c> holds), under a row for each goal when grouped; rows where <c>emphasis</c>
/// holds are emphasised. Text and Markdown columns are Liquid with <c>indicator</c> in scope. When the edition left
/// out every indicator it names, there is no table.
/// </summary>
internal static class IndicatorTableComposer
{
    public static IEnumerable<Block> Compose(IndicatorTableTemplate template, CompositionContext context)
    {
        var passedOver = context.PassedOver.Count;
        var chosen = IndicatorSelection.Select(template.Indicators, context, template.Location, "the indicator table")
            .Where(r => context.Holds(template.Where, template.Location, context.IndicatorLocals(r)))
            .ToList();
        if (chosen.Count == 0 && context.PassedOver.Count > passedOver)
        {
            // Every indicator it names was left out by the edition: no table, rather than a header over nothing.
            yield break;
        }

        // A ratings column is as many model columns as the most equality gaps a row has, so that each gap's rating
        // gets a cell of its own colour; a row with one rating spans them.
        var gaps = Math.Max(1, chosen.Select(r => r.Gaps.Count).DefaultIfEmpty(0).Max());
        var spans = template.Columns.Select(c => c.Kind == ColumnKind.Ratings ? gaps : 1).ToList();
        var header = new TableRow([.. template.Columns.Select((c, i) =>
            new TableCell([new Paragraph(context.InlineMarkdown(c.Header, template.Location))], spans[i], IsHeader: true, Alignment: c.Alignment))]);
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

                rows.Add(new TableRow([new TableCell([new Paragraph([new TextRun(goal.Title, Bold: true)])], spans.Sum())], IsGroupHeading: true));
                rows.AddRange(members.Select(r => Row(r, template, spans, context)));
            }
        }
        else
        {
            rows.AddRange(chosen.Select(r => Row(r, template, spans, context)));
        }

        yield return new Table(
            context.Text(template.Caption, template.Location),
            [.. template.Columns.SelectMany((c, i) => Enumerable.Repeat(new TableColumn(c.Width / spans[i], c.Alignment), spans[i]))],
            [header],
            rows);
    }

    private static TableRow Row(IndicatorResult result, IndicatorTableTemplate template, IReadOnlyList<int> spans, CompositionContext context)
    {
        var locals = context.IndicatorLocals(result);
        var row = new TableRow([.. template.Columns.SelectMany((column, i) => column.Kind == ColumnKind.Ratings
            ? RagCells.Ratings(result, spans[i], context.Theme, result.NotDue ? NotDueWords.For(result.Definition.Frequency, context.Input.Settings) : null)
            : [Cell(result, column, template, context, locals)])]);
        return template.Emphasis is not null && context.Holds(template.Emphasis, template.Location, locals) ? Emphasis.Of(row) : row;
    }

    private static TableCell Cell(
        IndicatorResult result, ColumnTemplate column, IndicatorTableTemplate template, CompositionContext context, IReadOnlyDictionary<string, object> locals) =>
        column.Kind switch
        {
            ColumnKind.Rag => result.Withheld.HasFlag(Withheld.Rating) ? RagCells.Confidential()
                : result.NotDue ? RagCells.NotDue(NotDueWords.For(result.Definition.Frequency, context.Input.Settings))
                : RagCells.Rating(result.Rag, result.RagLabel, context.Theme),
            ColumnKind.DotShort => result.Withheld.HasFlag(Withheld.DotShort) ? RagCells.Confidential()
                : IsDataOnly(result) ? RagCells.Change(ValueChange.Word(Comparisons.ShortTerm(result), result.DotShort))
                : RagCells.Direction(result.DotShort, ValueChange.ShortTerm(result), context.Theme),
            ColumnKind.DotLong => result.Withheld.HasFlag(Withheld.DotLong) ? RagCells.Confidential()
                : IsDataOnly(result) ? RagCells.Change(ValueChange.Word(Comparisons.LongTerm(result), result.DotLong))
                : RagCells.Direction(result.DotLong, ValueChange.LongTerm(result), context.Theme),
            ColumnKind.Rating => RatingWords.Cell(context.Text(column.Value, template.Location, locals), context.Theme),
            ColumnKind.Trend => TrendCells.Cell(context.Text(column.Value, template.Location, locals), context.Theme),
            ColumnKind.Markdown => new TableCell(context.Markdown(column.Value, template.Location, 4, locals)),
            _ => new TableCell([new Paragraph(context.InlineMarkdown(column.Value, template.Location, locals))]),
        };

    /// <summary>A data-only (contextual) indicator: its arrows say increase or decrease, not better or worse.</summary>
    private static bool IsDataOnly(IndicatorResult result) => result.Definition.Type == IndicatorType.Contextual;
}
