using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout.Flow;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>
/// Lays a columns block out: each column's blocks within its share of the width, side by side, as one unbreakable
/// slice, so the block moves whole to the next page when it does not fit. Each column is tagged Div, the first
/// column's content before the second's, so a screen reader reads column by column. A block taller than a page is
/// stacked instead, column after column at the full width (each still a Div), and paginates like any content.
/// </summary>
internal static class ColumnsLayout
{
    /// <summary>A page tall enough for any column: a column is measured on it, never broken.</summary>
    const double Unbounded = 1_000_000;

    /// <summary>The block <paramref name="width"/> points wide, on pages whose text area is <paramref name="pageHeight"/> points tall.</summary>
    public static IReadOnlyList<FlowItem> Lay(Columns columns, double width, double pageHeight, LayoutContext context)
    {
        var gap = context.Layout.Spacing.BetweenColumns(context.Style);
        var edges = Edges(columns.Items, width, gap);
        var ops = new List<DrawOp>();
        var height = 0.0;
        for (var i = 0; i < columns.Items.Count; i++)
        {
            var (columnOps, columnHeight) = Measure(columns.Items[i].Blocks, edges[i].Width, pageHeight, context);
            ops.Add(new BeginTagOp(StructureTag.Division));
            ops.AddRange(columnOps.Select(op => op.Moved(edges[i].X, 0)));
            ops.Add(new EndMarkOp());
            height = Math.Max(height, columnHeight);
        }

        return height <= pageHeight ? [new Slice(height, ops)] : Stacked(columns, width, pageHeight, context);
    }

    /// <summary>Each column's left edge and width: the width less the gaps, shared in proportion to the columns' widths.</summary>
    public static IReadOnlyList<(double X, double Width)> Edges(IReadOnlyList<LayoutColumn> columns, double width, double gap)
    {
        var weights = columns.Select(c => double.IsFinite(c.Width) && c.Width > 0 ? c.Width : 0).ToList();
        var total = weights.Sum();
        var shared = Math.Max(0, width - (gap * (columns.Count - 1)));
        var edges = new List<(double X, double Width)>(columns.Count);
        var x = 0.0;
        foreach (var weight in weights)
        {
            var share = total > 0 ? shared * weight / total : shared / columns.Count;
            edges.Add((x, share));
            x += share + gap;
        }

        return edges;
    }

    // A column laid out on a page too tall to break: its display list, relative to its top-left corner, and its height.
    static (IReadOnlyList<DrawOp> Ops, double Height) Measure(IReadOnlyList<Block> blocks, double width, double pageHeight, LayoutContext context)
    {
        var cursor = new PageCursor();
        cursor.StartSection(new PageBox(width, Unbounded, 0, 0), new PageFurniture());
        DocumentLayout.Place(SectionFlow.Stream(blocks, width, context, pageHeight), cursor);
        return (cursor.Pages[0].Ops, cursor.Y);
    }

    static List<FlowItem> Stacked(Columns columns, double width, double pageHeight, LayoutContext context)
    {
        var items = new List<FlowItem>();
        foreach (var column in columns.Items)
        {
            if (items.Count > 0)
            {
                items.Add(new Spacer(context.Style.BodySize));
            }

            // The tags travel with the content they open and close: the Div starts on the page its first line is on.
            items.Add(new Slice(0, [new BeginTagOp(StructureTag.Division)], keepWithNext: true));
            items.AddRange(SectionFlow.Build(column.Blocks, width, context, pageHeight));
            items.Add(new Slice(0, [new EndMarkOp()]));
        }

        return items;
    }
}
