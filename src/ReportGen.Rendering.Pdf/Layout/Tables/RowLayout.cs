using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Tables;

/// <summary>A measured table row: its cells side by side, as tall as the tallest.</summary>
internal sealed class RowLayout(IReadOnlyList<CellLayout> cells, bool isGroupHeading, Rgb rule)
{
    /// <summary>The row's height.</summary>
    public double Height { get; } = cells.Count == 0 ? 0 : cells.Max(c => c.Height);

    /// <summary>Whether the row heads a group and must share a page with the row after it.</summary>
    public bool IsGroupHeading { get; } = isGroupHeading;

    /// <summary>
    /// Adds the row to <paramref name="ops"/> (emptied first), relative to its top-left corner: fills and borders as an
    /// artifact, then the cells tagged TR > TH/TD. Untagged (a repeated header), it has no tagging at all and the
    /// caller makes it an artifact.
    /// </summary>
    public void Draw(bool tagged, List<DrawOp> ops)
    {
        ops.Clear();
        if (tagged)
        {
            ops.Add(new BeginArtifactOp());
        }

        // Fills first and borders after, so a neighbour's fill never paints over half a border.
        foreach (var cell in cells)
        {
            if (cell.Fill is not null)
            {
                ops.Add(new RectOp(cell.X, 0, cell.Width, Height, cell.Fill, null));
            }
        }

        foreach (var cell in cells)
        {
            ops.Add(new RectOp(cell.X, 0, cell.Width, Height, null, rule));
        }

        if (tagged)
        {
            ops.Add(new EndMarkOp());
            ops.Add(new BeginTagOp(StructureTag.TableRow));
        }

        foreach (var cell in cells)
        {
            cell.Draw(tagged, ops);
        }

        if (tagged)
        {
            ops.Add(new EndMarkOp());
        }
    }

    /// <summary>
    /// Splits a row taller than a page: the lines of each cell that fit in <paramref name="available"/> points, and
    /// the rest; <see langword="null"/> when not even one line of a cell fits.
    /// </summary>
    public (RowLayout Head, RowLayout Remainder)? Split(double available)
    {
        if (!cells.All(c => c.CanStartIn(available)))
        {
            return null;
        }

        var parts = cells.Select(c => c.Split(available)).ToList();
        return (new RowLayout([.. parts.Select(p => p.Head)], IsGroupHeading, rule),
            new RowLayout([.. parts.Select(p => p.Remainder)], IsGroupHeading, rule));
    }
}
