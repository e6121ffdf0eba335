using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>
/// Plays display-list instructions onto one PDF page, tagging as it goes. Links inside the document go to the place
/// <paramref name="destinations"/> gives for their anchor.
/// </summary>
internal sealed class PdfCanvas(
    XGraphics graphics, PdfPage page, StructureBuilder structure, FontBook fonts, IReadOnlyDictionary<string, Destination> destinations)
{
    readonly Dictionary<Rgb, XSolidBrush> _brushes = [];
    int _links;

    /// <summary>Carries out <paramref name="op"/>.</summary>
    public void Draw(DrawOp op)
    {
        switch (op)
        {
            case TextOp text:
                graphics.DrawString(text.Text, fonts.Font(text.Style.Font), Brush(text.Style.Color), text.X, text.Baseline);
                break;
            case WatermarkOp watermark:
                var font = fonts.Font(watermark.Style.Font);
                var state = graphics.Save();
                graphics.RotateAtTransform(-watermark.Angle, new XPoint(watermark.CenterX, watermark.CenterY));
                graphics.DrawString(
                    watermark.Text, font, Brush(watermark.Style.Color),
                    new XRect(watermark.CenterX - 1000, watermark.CenterY - 500, 2000, 1000), XStringFormats.Center);
                graphics.Restore(state);
                break;
            case RectOp rect:
                var area = new XRect(rect.X, rect.Y, rect.Width, rect.Height);
                if (rect.Fill is { } fill)
                {
                    graphics.DrawRectangle(Brush(fill), area);
                }

                if (rect.Stroke is { } stroke)
                {
                    graphics.DrawRectangle(new XPen(Color(stroke), rect.StrokeWidth), area);
                }

                break;
            case LineOp line:
                graphics.DrawLine(Pens.Of(line.Color, line.Width, line.Dash), line.X1, line.Y1, line.X2, line.Y2);
                break;
            case PolylineOp polyline:
                var pen = Pens.Of(polyline.Color, polyline.Width, polyline.Dash);
                pen.LineJoin = XLineJoin.Round;
                graphics.DrawLines(pen, [.. polyline.Points.Select(p => new XPoint(p.X, p.Y))]);
                break;
            case MarkerOp marker:
                MarkerPainter.Draw(graphics, marker, Brush(marker.Fill));
                break;
            case BeginFigureOp figure:
                // PDFsharp writes the box as given into /BBox, which is in PDF user space (y up from the page's foot).
                var bottom = page.Height.Point - figure.Y - figure.Height;
                structure.BeginElement(PdfIllustrationElementTag.Figure, figure.AltText, new XRect(figure.X, bottom, figure.Width, figure.Height));
                break;
            case BeginTagOp tag:
                StructureTags.Begin(structure, tag);
                break;
            case BeginLinkOp link:
                structure.BeginElement(Link(link), link.Description);
                break;
            case DestinationOp:
                // A place, not a drawing: anchors and outline entries point at it.
                break;
            case BeginArtifactOp:
                structure.BeginArtifact();
                break;
            case EndMarkOp:
                structure.End();
                break;
            default:
                throw new NotSupportedException($"Unknown drawing instruction {op.GetType().Name}.");
        }
    }

    // PDFsharp stamps each annotation with the wall clock (/M) and a random name (/NM); a page-unique name and
    // no date keep the output reproducible.
    // A link to an anchor the document lacks goes to the first page rather than nowhere.
    PdfLinkAnnotation Link(BeginLinkOp link)
    {
        var pdf = page.Owner;
        var annotation = link.Anchor is not { } anchor
            ? PdfLinkAnnotation.CreateWebLink(PdfArea(link), link.Url)
            : destinations.TryGetValue(anchor, out var place)
                ? PdfLinkAnnotation.CreateDocumentLink(PdfArea(link), place.Page, new XPoint(place.X, place.PageHeight - place.Y))
                : PdfLinkAnnotation.CreateDocumentLink(PdfArea(link), 1);
        if (link.MoreAreas.Count > 0)
        {
            // One quadrilateral per line (top-left, top-right, bottom-left, bottom-right, as Acrobat writes them);
            // readers that ignore /QuadPoints use the rectangle round them all.
            var height = page.Height.Point;
            var quads = new PdfArray(pdf);
            foreach (var area in link.Areas)
            {
                foreach (var value in new[] { area.X, height - area.Y, area.X + area.Width, height - area.Y, area.X, height - area.Y - area.Height, area.X + area.Width, height - area.Y - area.Height })
                {
                    quads.Elements.Add(new PdfReal(Math.Round(value, 3)));
                }
            }

            annotation.Elements["/QuadPoints"] = quads;
        }

        // Printed with the page, never hidden: what PDF/A asks of every annotation. (Set through Elements: the
        // Flags property also stamps /M with the wall clock.)
        annotation.Elements.SetInteger("/F", (int)PdfAnnotationFlags.Print);
        annotation.Elements.Remove("/M");
        annotation.Elements.SetString("/NM", "link-" + (++_links).ToString(CultureInfo.InvariantCulture));
        return annotation;
    }

    // Annotation rectangles are in PDF user space: from the bottom-left corner, y growing upwards. A wrapped link's
    // rectangle holds every line's area.
    PdfRectangle PdfArea(BeginLinkOp link)
    {
        var height = page.Height.Point;
        var areas = link.Areas.ToList();
        var left = areas.Min(a => a.X);
        var right = areas.Max(a => a.X + a.Width);
        var top = areas.Min(a => a.Y);
        var bottom = areas.Max(a => a.Y + a.Height);
        return new PdfRectangle(new XPoint(left, height - bottom), new XPoint(right, height - top));
    }

    XSolidBrush Brush(Rgb color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(Color(color));
            _brushes.Add(color, brush);
        }

        return brush;
    }

    static XColor Color(Rgb color) => XColor.FromArgb(color.R, color.G, color.B);
}
