using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout.Charts;

/// <summary>The small type of a chart's labels, measured, and text placed left, centre or right of a point.</summary>
internal sealed class ChartText
{
    readonly FontBook _fonts;

    public ChartText(LayoutContext context, Rgb color, double size, bool bold = false)
    {
        _fonts = context.Fonts;
        Style = new TextStyle(new FontSpec(size, bold), color);
    }

    /// <summary>The face, size and colour.</summary>
    public TextStyle Style { get; }

    /// <summary>The distance between lines.</summary>
    public double LineHeight => _fonts.LineHeight(Style.Font);

    /// <summary>From a line's top to its baseline.</summary>
    public double Ascent => _fonts.Ascent(Style.Font);

    /// <summary>The width of <paramref name="text"/>.</summary>
    public double Width(string text) => _fonts.Width(text, Style.Font);

    /// <summary>
    /// <paramref name="text"/> with its anchor at <paramref name="x"/> (its left edge, centre or right edge as
    /// <paramref name="alignment"/> says) and its middle (half the height of a capital) on <paramref name="middle"/>.
    /// </summary>
    public TextOp At(string text, double x, double middle, CellAlignment alignment)
    {
        var left = alignment switch
        {
            CellAlignment.Center => x - (Width(text) / 2),
            CellAlignment.Right => x - Width(text),
            _ => x,
        };
        return new TextOp(left, middle + (0.35 * Style.Font.Size), text, Style);
    }

    /// <summary><paramref name="text"/> with its line's top at <paramref name="top"/>.</summary>
    public TextOp Below(string text, double x, double top, CellAlignment alignment) =>
        At(text, x, top + Ascent - (0.35 * Style.Font.Size), alignment);
}
