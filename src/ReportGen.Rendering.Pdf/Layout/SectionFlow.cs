using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Layout.Blocks;
using ReportGen.Rendering.Pdf.Layout.Charts;
using ReportGen.Rendering.Pdf.Layout.Flow;
using ReportGen.Rendering.Pdf.Layout.Tables;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>Measures a section's blocks into flow items, with the space between blocks that the model's <see cref="BlockSpacing"/> gives.</summary>
internal static class SectionFlow
{
    /// <summary>
    /// The flow of <paramref name="blocks"/> set <paramref name="width"/> points wide on pages whose text area is
    /// <paramref name="height"/> points tall (no chart is taller).
    /// </summary>
    public static IReadOnlyList<FlowItem> Build(IReadOnlyList<Block> blocks, double width, LayoutContext context, double height = double.MaxValue) =>
        [.. Stream(blocks, width, context, height)];

    /// <summary>
    /// The same flow, each block laid out only when the first of its items is asked for (placing a block's lines
    /// before the next is measured keeps no more of a long section in memory than a few blocks).
    /// </summary>
    public static IEnumerable<FlowItem> Stream(IReadOnlyList<Block> blocks, double width, LayoutContext context, double height = double.MaxValue)
    {
        var spaceAfterPrevious = 0.0;
        var any = false;
        foreach (var block in blocks)
        {
            var (before, after) = context.Layout.Spacing.Around(block, context.Style);
            if (any)
            {
                yield return new Spacer(Math.Max(spaceAfterPrevious, before));
            }

            foreach (var item in Lay(block, width, height, context))
            {
                any = true;
                yield return item;
            }

            spaceAfterPrevious = after;
        }
    }

    static IEnumerable<FlowItem> Lay(Block block, double width, double height, LayoutContext context) => block switch
    {
        Heading heading => [HeadingLayout.Lay(heading, width, context)],
        Paragraph { Style: ParagraphStyle.Note } note =>
            ParagraphLayout.Lay(note.Content, context.Note, width, CellAlignment.Left, context.Text, note.KeepWithNext),
        Paragraph paragraph => ParagraphLayout.Lay(paragraph.Content, context.Body, width, CellAlignment.Left, context.Text, paragraph.KeepWithNext),
        ListBlock list => ListLayout.Lay(list, context.Body, width, context.Text, context.Layout.Spacing.BetweenListItems(context.Style)),
        Table table => [TableLayout.Lay(table, width, context)],
        Chart chart => [ChartLayout.Lay(chart, width, height, context)],
        Columns columns => ColumnsLayout.Lay(columns, width, height, context),
        PageBreak => [new PageBreakItem()],
        _ => throw new NotSupportedException($"The PDF renderer cannot draw a {block.GetType().Name}."),
    };
}
