using PdfSharp.Drawing;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>Draws chart markers: filled shapes of equal visual weight, edged in white.</summary>
internal static class MarkerPainter
{
    static readonly XPen Edge = new(XColors.White, 0.6);

    /// <summary>Draws <paramref name="marker"/> with <paramref name="fill"/>.</summary>
    public static void Draw(XGraphics graphics, MarkerOp marker, XBrush fill)
    {
        var (x, y, r) = (marker.X, marker.Y, marker.Size / 2);
        switch (marker.Shape)
        {
            case MarkerShape.Circle:
                graphics.DrawEllipse(Edge, fill, x - r, y - r, 2 * r, 2 * r);
                break;
            case MarkerShape.Square:
                // A square looks bigger than a circle of the same width; shrink it to match.
                var s = r * 0.9;
                graphics.DrawRectangle(Edge, fill, x - s, y - s, 2 * s, 2 * s);
                break;
            case MarkerShape.Triangle:
                var t = r * 1.15;
                graphics.DrawPolygon(Edge, fill, [new XPoint(x, y - t), new XPoint(x + t, y + (t * 0.8)), new XPoint(x - t, y + (t * 0.8))], XFillMode.Winding);
                break;
            case MarkerShape.Diamond:
                var d = r * 1.2;
                graphics.DrawPolygon(Edge, fill, [new XPoint(x, y - d), new XPoint(x + d, y), new XPoint(x, y + d), new XPoint(x - d, y)], XFillMode.Winding);
                break;
            default:
                break;
        }
    }
}
