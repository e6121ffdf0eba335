using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// Makes the blocks in a column (a columns block's layout cell, or a Word column) as compact as the model's
/// <see cref="BlockSpacing"/> says: the space between two blocks (the larger of the first's space after and the
/// second's space before, in ems of the theme's sizes) is set as direct formatting on the first block's last paragraph
/// (a table's spacer), nothing above a column's first block or below its last; and no paragraph in the column keeps
/// with the next or keeps its lines together. The layout row is kept whole by itself when it fits a page
/// (<see cref="ColumnsWriter"/>); keeps inside it only make LibreOffice and Word move the whole row, stranding the
/// heading above it.
/// </summary>
internal static class LayoutCellSpacing
{
    /// <summary>Where block <paramref name="index"/> of a column's <paramref name="blocks"/> is written.</summary>
    public static Placement Place(IReadOnlyList<Block> blocks, int index, DocumentStyle style, BlockSpacing spacing) => new()
    {
        InColumns = true,
        Gap = index + 1 < blocks.Count ? spacing.Between(blocks[index], blocks[index + 1], style) : 0,
        ListGap = blocks[index] is ListBlock ? spacing.BetweenListItems(style) : 0,
    };

    /// <summary>The look of a paragraph a column adds of its own (to end a cell, or to carry a column break): keeping nothing.</summary>
    public static ParagraphLook NoKeeps { get; } = new(KeepNext: false, KeepLines: false);
}
