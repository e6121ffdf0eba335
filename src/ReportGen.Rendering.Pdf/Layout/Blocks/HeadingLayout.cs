using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout.Flow;
using ReportGen.Rendering.Pdf.Layout.Text;

namespace ReportGen.Rendering.Pdf.Layout.Blocks;

/// <summary>Lays a heading out as one unbreakable slice, tagged H1 to H4, kept with what follows it.</summary>
internal static class HeadingLayout
{
    /// <summary>The heading as a slice <paramref name="width"/> wide.</summary>
    public static Slice Lay(Heading heading, double width, LayoutContext context)
    {
        var level = Math.Clamp(heading.Level, 1, 4);
        var style = new TextStyle(new FontSpec(context.Style.HeadingSize(level), Bold: true), context.Style.HeadingColor);
        var lines = context.Text.Lay(heading.Content, style, width, CellAlignment.Left);
        var ops = new List<DrawOp>
        {
            new DestinationOp(heading.Anchor, level, PlainText(heading.Content), 0, 0),
            new BeginTagOp(StructureTag.Heading1 + (level - 1)),
        };
        var y = 0.0;
        foreach (var line in lines)
        {
            line.Draw(0, y, ops);
            y += line.Height;
        }

        ops.Add(new EndMarkOp());
        return new Slice(y, ops, keepWithNext: true);
    }

    /// <summary>The words of <paramref name="content"/>, for the outline: runs and links as they read, breaks as spaces.</summary>
    public static string PlainText(IEnumerable<Inline> content) => string.Concat(content.Select(inline => inline switch
    {
        TextRun run => run.Text,
        Hyperlink link => link.Text,
        AnchorLink link => link.Text,
        LineBreak => " ",
        _ => string.Empty,
    })).Trim();
}
