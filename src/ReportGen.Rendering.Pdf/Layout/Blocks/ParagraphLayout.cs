using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout.Flow;
using ReportGen.Rendering.Pdf.Layout.Text;

namespace ReportGen.Rendering.Pdf.Layout.Blocks;

/// <summary>Lays a paragraph out as one slice per line, tagged P (unless its container holds its text directly).</summary>
internal static class ParagraphLayout
{
    /// <summary>
    /// The lines of <paramref name="content"/>. The first two and the last two lines of a paragraph stay on one
    /// page, so a page never starts or ends with a lone line of it; a paragraph that is the title of what follows
    /// (<paramref name="keepWithNext"/>) stays whole on the page where the next block starts. With
    /// <paramref name="asParagraph"/> false the lines are not tagged P: the element around them (a table cell that
    /// holds this one paragraph) holds the text itself.
    /// </summary>
    public static IReadOnlyList<Slice> Lay(
        IReadOnlyList<Inline> content, TextStyle body, double width, CellAlignment alignment, TextLayouter text, bool keepWithNext = false,
        bool asParagraph = true)
    {
        var lines = text.Lay(content, body, width, alignment);
        var tagged = asParagraph && lines.Any(l => !l.IsEmpty);
        var slices = new List<Slice>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var ops = new List<DrawOp>(lines[i].Segments.Count + 2);
            if (tagged && i == 0)
            {
                ops.Add(new BeginTagOp(StructureTag.Paragraph));
            }

            lines[i].Draw(0, 0, ops);
            if (tagged && i == lines.Count - 1)
            {
                ops.Add(new EndMarkOp());
            }

            var keep = keepWithNext || (lines.Count > 1 && (i == 0 || i == lines.Count - 2));
            slices.Add(new Slice(lines[i].Height, ops, keep));
        }

        return slices;
    }
}
