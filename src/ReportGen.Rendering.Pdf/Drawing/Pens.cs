using PdfSharp.Drawing;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Pens for lines: a colour, a width and a dash pattern whose lengths are the same in points at any width.</summary>
internal static class Pens
{
    /// <summary>A pen (flat caps, round for dots) of <paramref name="color"/>, <paramref name="width"/> points wide, dashed as <paramref name="dash"/> says.</summary>
    public static XPen Of(Rgb color, double width, LineDash dash)
    {
        var pen = new XPen(XColor.FromArgb(color.R, color.G, color.B), width);
        if (Pattern(dash) is { } lengths)
        {
            // XPen's dash lengths are multiples of its width.
            pen.DashStyle = XDashStyle.Custom;
            pen.DashPattern = [.. lengths.Select(l => l / width)];
            pen.LineCap = dash == LineDash.Dot ? XLineCap.Round : XLineCap.Flat;
        }

        return pen;
    }

    /// <summary>The dash and gap lengths of <paramref name="dash"/>, in points; <see langword="null"/> for a solid line.</summary>
    public static double[]? Pattern(LineDash dash) => dash switch
    {
        LineDash.Dash => [4.5, 2.5],
        LineDash.Dot => [0.1, 2.5],
        LineDash.LongDash => [9, 3],
        _ => null,
    };
}
