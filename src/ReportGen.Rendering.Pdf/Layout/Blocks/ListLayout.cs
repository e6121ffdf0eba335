using System.Globalization;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout.Flow;
using ReportGen.Rendering.Pdf.Layout.Text;

namespace ReportGen.Rendering.Pdf.Layout.Blocks;

/// <summary>
/// Lays a list out with hanging indents: the bullet or number in a column of its own, the item's lines beside it.
/// Tagged L, with LI, Lbl and LBody for each item.
/// </summary>
internal static class ListLayout
{
    /// <summary>The list's lines, with <paramref name="itemGap"/> points between items.</summary>
    public static IReadOnlyList<FlowItem> Lay(ListBlock list, TextStyle body, double width, TextLayouter text, double itemGap)
    {
        var labels = list.Items
            .Select((_, i) => list.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "\u2022")
            .ToList();
        var labelWidth = labels.Count == 0 ? 0 : labels.Max(l => text.Widths.Width(l, body.Font));
        var indent = Math.Max(labelWidth + (0.5 * body.Font.Size), 1.4 * body.Font.Size);
        var items = new List<FlowItem>();
        for (var k = 0; k < list.Items.Count; k++)
        {
            if (k > 0)
            {
                items.Add(new Spacer(itemGap));
            }

            var lines = text.Lay(list.Items[k].Content, body, width - indent, CellAlignment.Left);
            for (var i = 0; i < lines.Count; i++)
            {
                var ops = new List<DrawOp>();
                if (k == 0 && i == 0)
                {
                    ops.Add(new BeginTagOp(StructureTag.List));
                }

                if (i == 0)
                {
                    ops.Add(new BeginTagOp(StructureTag.ListItem));
                    ops.Add(new BeginTagOp(StructureTag.Label));
                    ops.Add(new TextOp(0, lines[0].Ascent, labels[k], body));
                    ops.Add(new EndMarkOp());
                    ops.Add(new BeginTagOp(StructureTag.ListBody));
                }

                lines[i].Draw(indent, 0, ops);
                if (i == lines.Count - 1)
                {
                    ops.Add(new EndMarkOp());
                    ops.Add(new EndMarkOp());
                }

                if (k == list.Items.Count - 1 && i == lines.Count - 1)
                {
                    ops.Add(new EndMarkOp());
                }

                var keep = lines.Count > 1 && (i == 0 || i == lines.Count - 2);
                items.Add(new Slice(lines[i].Height, ops, keep));
            }
        }

        return items;
    }
}
