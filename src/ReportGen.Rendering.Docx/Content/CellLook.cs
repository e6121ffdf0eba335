using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Styles;

namespace ReportGen.Rendering.Docx.Content;

/// <summary>
/// How a cell is drawn, from what the model says about it and its row: column headers white on the header colour,
/// row headers (form labels) and group headings bold on a light tint, and the cell's own fill and text colour over
/// either.
/// </summary>
/// <param name="Fill">The cell's shading, if any.</param>
/// <param name="Format">Bold and colour for its runs.</param>
/// <param name="Role">Whether it heads its column or its row, for Word's conditional-format marking.</param>
/// <param name="KeepWithNext">The row stays on the page of the row after it.</param>
internal sealed record CellLook(Rgb? Fill, RunFormat Format, CellRole Role, bool KeepWithNext)
{
    public static CellLook For(TableCell cell, RowKind row, DocumentStyle style)
    {
        if (row == RowKind.Header)
        {
            var foreground = cell.Foreground ?? (cell.Background is null ? style.TableHeaderForeground : null);
            return new(cell.Background ?? style.TableHeaderBackground, new RunFormat(true, foreground), CellRole.ColumnHeader, true);
        }

        var emphasised = cell.IsHeader || row == RowKind.GroupHeading;
        var fill = cell.Background ?? (emphasised ? Palette.RowHeaderFill(style) : null);
        return new(fill, new RunFormat(emphasised, cell.Foreground), cell.IsHeader ? CellRole.RowHeader : CellRole.Data, row == RowKind.GroupHeading);
    }
}
