using ReportGen.Composition.Templates;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>columns:</c> each column's blocks composed as a section's are (restricted and <c>when:</c> blocks left out,
/// <c>[c]</c> footnoted, short tables kept together), side by side. A column left empty keeps its place; when every
/// column is empty the block is left out (marked as left out by the edition, when it emptied them, so that a heading
/// over it goes too), and when only one column has content, that content stands alone.
/// </summary>
internal static class ColumnsComposer
{
    public static IEnumerable<Block> Compose(ColumnsTemplate template, CompositionContext context)
    {
        var composed = template.Columns
            .Select(c => (c.Width, Blocks: DocumentComposer.ComposeBlocks(c.Blocks, context)))
            .ToList();
        var columns = composed
            .Select(c => new LayoutColumn(c.Width, WithheldHeadings.Tidy(c.Blocks) ?? []))
            .ToList();
        var filled = columns.Where(c => c.Blocks.Count > 0).ToList();
        return filled.Count switch
        {
            0 when composed.Any(c => c.Blocks.Any(b => b is LeftOutMark)) => [LeftOutMark.Instance],
            0 => [],
            1 => filled[0].Blocks,
            _ => [new Columns(columns)],
        };
    }
}
