using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>Lays inline content out as aligned lines of a given width.</summary>
internal static class TextLayouter
{
    /// <summary>The lines of <paramref name="content"/> set in <paramref name="body"/>, at most <paramref name="width"/> wide.</summary>
    public static IReadOnlyList<TextLine> Lay(
        IEnumerable<Inline> content, TextStyle body, double width, CellAlignment alignment, FontBook fonts)
    {
        var lines = new LineBreaker(fonts, width).Break(InlineTokenizer.Tokenize(content, body), body);
        return alignment switch
        {
            CellAlignment.Center => [.. lines.Select(l => l with { Indent = Math.Max(0, (width - l.Width) / 2) })],
            CellAlignment.Right => [.. lines.Select(l => l with { Indent = Math.Max(0, width - l.Width) })],
            _ => lines,
        };
    }
}
