using System.Text;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// Plays each page's drawing instructions into its content stream and writes the page, tagging as it goes: content
/// drawn inside a structure element is a marked-content sequence of that element (opened at the element's first
/// drawing, closed when a child element, an artifact or the page begins or ends), content inside an artifact is
/// marked as one, and each link is an annotation that its Link element owns. Elements stay open from page to page.
/// </summary>
internal sealed class PagePainter(
    PdfFile file, StructureTree tree, DocumentFonts fonts, FontBook book, IReadOnlyDictionary<string, Destination> destinations,
    IReadOnlyList<int> pages, int pagesRoot, int resources)
{
    static readonly Rgb White = new(255, 255, 255);

    readonly ContentStream _content = new();
    readonly List<Frame> _open = [];
    readonly List<StructureElement> _marked = [];
    readonly List<int> _annotations = [];
    StructureElement? _sequence;
    int _page;
    double _height;
    int _links;

    /// <summary>Writes page <paramref name="index"/> (from 0), laid out as <paramref name="page"/>, drawing <paramref name="ops"/>.</summary>
    public void Paint(int index, LaidOutPage page, IEnumerable<DrawOp> ops)
    {
        (_page, _height) = (index, page.Geometry.Height);
        _content.Clear();
        _marked.Clear();
        _annotations.Clear();

        // An artifact left open at the foot of the last page goes on here.
        foreach (var frame in _open.Where(f => f.Element is null))
        {
            _content.BeginArtifact();
        }

        foreach (var op in ops)
        {
            Draw(op);
        }

        // Marked content must not run past the end of the page's content stream.
        EndSequence();
        foreach (var frame in _open.Where(f => f.Element is null))
        {
            _content.EndMarked();
        }

        _content.EndText();
        var contents = file.Reserve();
        file.Stream(contents, _content.Bytes);

        var key = tree.PageKey([.. _marked]);
        var sink = file.Begin(pages[index]).Raw("<</Type/Page/Parent "u8).Reference(pagesRoot)
            .Raw("/MediaBox[0 0 "u8).Real(page.Geometry.Width).Space().Real(page.Geometry.Height)
            .Raw("]/Resources "u8).Reference(resources).Raw("/Contents "u8).Reference(contents)
            .Raw("/StructParents "u8).Int(key);
        if (_annotations.Count > 0)
        {
            // Tab order follows the structure, as PDF/UA asks of pages with annotations.
            sink.Raw("/Tabs/S/Annots["u8);
            for (var i = 0; i < _annotations.Count; i++)
            {
                (i > 0 ? sink.Space() : sink).Reference(_annotations[i]);
            }

            sink.Byte((byte)']');
        }

        sink.Raw(">>"u8);
        file.End();
    }

    void Draw(DrawOp op)
    {
        switch (op)
        {
            case TextOp text:
                Mark();
                var font = fonts.For(text.Style.Font);
                _content.Text(font.Font, text.Style.Font.Size, text.Style.Color, text.X, _height - text.Baseline, text.Text, font.Slant, font.Embolden);
                break;
            case WatermarkOp watermark:
                Mark();
                Watermark(watermark);
                break;
            case RectOp rect:
                Mark();
                Rectangle(rect);
                break;
            case LineOp line:
                Mark();
                Pen(line.Color, line.Width, line.Dash, join: 0);
                _content.MoveTo(line.X1, _height - line.Y1);
                _content.LineTo(line.X2, _height - line.Y2);
                _content.StrokePath();
                break;
            case PolylineOp polyline when polyline.Points.Count > 1:
                Mark();
                Pen(polyline.Color, polyline.Width, polyline.Dash, join: 1);
                _content.MoveTo(polyline.Points[0].X, _height - polyline.Points[0].Y);
                for (var i = 1; i < polyline.Points.Count; i++)
                {
                    _content.LineTo(polyline.Points[i].X, _height - polyline.Points[i].Y);
                }

                _content.StrokePath();
                break;
            case PolylineOp:
                break;
            case MarkerOp marker:
                Mark();
                Marker(marker);
                break;
            case BeginFigureOp figure:
                // /BBox is in PDF user space: y up from the page's foot.
                Begin(new StructureElement("Figure", Current, tree.Reserve())
                {
                    Alt = figure.AltText,
                    BoundingBox = (figure.X, _height - figure.Y - figure.Height, figure.X + figure.Width, _height - figure.Y),
                });
                break;
            case BeginTagOp tag:
                Begin(new StructureElement(TagName(tag.Tag), Current, tree.Reserve())
                {
                    Scope = tag.Scope,
                    ColumnSpan = tag.ColumnSpan,
                    Summary = tag.Summary,
                    Id = tag.Id,
                    Headers = tag.Headers,
                });
                break;
            case BeginLinkOp link:
                var element = Begin(new StructureElement("Link", Current, tree.Reserve()));
                var annotation = Annotation(link, element);
                element.Kids.Add(StructureKid.Link(_page, annotation));
                _annotations.Add(annotation);
                break;
            case DestinationOp:
                // A place, not a drawing: anchors and outline entries point at it.
                break;
            case BeginArtifactOp:
                EndSequence();
                _content.BeginArtifact();
                _open.Add(new Frame(null));
                break;
            case EndMarkOp:
                End();
                break;
            default:
                throw new NotSupportedException($"Unknown drawing instruction {op.GetType().Name}.");
        }
    }

    // The element content is drawn into: the innermost open one, or the document.
    StructureElement Current
    {
        get
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (_open[i].Element is { } element)
                {
                    return element;
                }
            }

            return tree.Document;
        }
    }

    bool InArtifact => _open.Exists(f => f.Element is null);

    StructureElement Begin(StructureElement element)
    {
        EndSequence();
        tree.Attach(element);
        _open.Add(new Frame(element));
        return element;
    }

    void End()
    {
        if (_open.Count == 0)
        {
            return;
        }

        var frame = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (frame.Element is null)
        {
            _content.EndMarked();
        }
        else if (ReferenceEquals(frame.Element, _sequence))
        {
            EndSequence();
        }
    }

    // Before drawing: outside an artifact, the drawing belongs to a marked-content sequence of the current element.
    void Mark()
    {
        if (InArtifact)
        {
            return;
        }

        var element = Current;
        if (ReferenceEquals(element, _sequence))
        {
            return;
        }

        EndSequence();
        var id = _marked.Count;
        _marked.Add(element);
        if (element.Page < 0)
        {
            element.Page = _page;
        }

        element.Kids.Add(StructureKid.Content(_page, id));
        _content.BeginMarked(element.Type, id);
        _sequence = element;
    }

    void EndSequence()
    {
        if (_sequence is not null)
        {
            _content.EndMarked();
            _sequence = null;
        }
    }

    void Rectangle(RectOp rect)
    {
        var y = _height - rect.Y - rect.Height;
        if (rect.Fill is { } fill)
        {
            _content.Rectangle(rect.X, y, rect.Width, rect.Height);
            _content.FillPath(fill);
        }

        if (rect.Stroke is { } stroke)
        {
            Pen(stroke, rect.StrokeWidth, LineDash.Solid, join: 0);
            _content.Rectangle(rect.X, y, rect.Width, rect.Height);
            _content.StrokePath();
        }
    }

    // Flat caps (round for dots, so each is a round dot), dash lengths in points whatever the width.
    void Pen(Rgb color, double width, LineDash dash, int join)
    {
        _content.Stroke(color);
        _content.Width(width);
        _content.CapAndJoin(dash == LineDash.Dot ? 1 : 0, join);
        _content.Dash(Pens.Pattern(dash));
    }

    // Filled shapes of equal visual weight, edged in white.
    void Marker(MarkerOp marker)
    {
        var (x, y, r) = (marker.X, _height - marker.Y, marker.Size / 2);
        Pen(White, 0.6, LineDash.Solid, join: 0);
        switch (marker.Shape)
        {
            case MarkerShape.Circle:
                // Four Bézier quarters; 0.5523 places the control points so each is within 0.03% of a circle.
                var k = r * 0.5523;
                _content.MoveTo(x + r, y);
                _content.CurveTo(x + r, y + k, x + k, y + r, x, y + r);
                _content.CurveTo(x - k, y + r, x - r, y + k, x - r, y);
                _content.CurveTo(x - r, y - k, x - k, y - r, x, y - r);
                _content.CurveTo(x + k, y - r, x + r, y - k, x + r, y);
                break;
            case MarkerShape.Square:
                // A square looks bigger than a circle of the same width; shrink it to match.
                var s = r * 0.9;
                _content.Rectangle(x - s, y - s, 2 * s, 2 * s);
                break;
            case MarkerShape.Triangle:
                var t = r * 1.15;
                _content.MoveTo(x, y + t);
                _content.LineTo(x + t, y - (t * 0.8));
                _content.LineTo(x - t, y - (t * 0.8));
                break;
            case MarkerShape.Diamond:
                var d = r * 1.2;
                _content.MoveTo(x, y + d);
                _content.LineTo(x + d, y);
                _content.LineTo(x, y - d);
                _content.LineTo(x - d, y);
                break;
            default:
                return;
        }

        _content.CloseFillStrokePath(marker.Fill);
    }

    // The text centred on its point, turned anticlockwise by the angle.
    void Watermark(WatermarkOp watermark)
    {
        var spec = watermark.Style.Font;
        var font = fonts.For(spec);
        var width = book.Width(watermark.Text, spec);
        var below = book.Ascent(spec) - (book.LineHeight(spec) / 2);
        var angle = watermark.Angle * Math.PI / 180;
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        _content.SaveTransformed(cos, sin, -sin, cos, watermark.CenterX, _height - watermark.CenterY);
        _content.Text(font.Font, spec.Size, watermark.Style.Color, -width / 2, -below, watermark.Text, font.Slant, font.Embolden);
        _content.Restore();
    }

    // A link annotation (§12.5.6.5) over every line of the link, owned by its Link element through the parent tree.
    int Annotation(BeginLinkOp link, StructureElement element)
    {
        var number = file.Reserve();
        var areas = link.Areas.ToList();
        var (left, right) = (areas.Min(a => a.X), areas.Max(a => a.X + a.Width));
        var (top, bottom) = (areas.Min(a => a.Y), areas.Max(a => a.Y + a.Height));
        var sink = file.Begin(number).Raw("<</Type/Annot/Subtype/Link/Rect["u8)
            .Real(left).Space().Real(_height - bottom).Space().Real(right).Space().Real(_height - top).Byte((byte)']');
        if (link.MoreAreas.Count > 0)
        {
            // One quadrilateral per line (top-left, top-right, bottom-left, bottom-right, as Acrobat writes them);
            // readers that ignore /QuadPoints use the rectangle round them all.
            sink.Raw("/QuadPoints["u8);
            foreach (var area in areas)
            {
                var (x1, x2, y1, y2) = (area.X, area.X + area.Width, _height - area.Y, _height - area.Y - area.Height);
                sink.Real(x1).Space().Real(y1).Space().Real(x2).Space().Real(y1).Space()
                    .Real(x1).Space().Real(y2).Space().Real(x2).Space().Real(y2).Space();
            }

            sink.Byte((byte)']');
        }

        // Printed with the page, never hidden (what PDF/A asks of every annotation); no border; a page-unique name.
        sink.Raw("/Border[0 0 0]/F 4/NM"u8).Literal("link-" + (++_links).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Raw("/Contents"u8).Text(link.Description).Raw("/StructParent "u8).Int(tree.AnnotationKey(element));
        if (link.Anchor is not { } anchor)
        {
            sink.Raw("/A<</S/URI/URI"u8).Literal(Uri(link.Url)).Raw(">>"u8);
        }
        else if (destinations.TryGetValue(anchor, out var place))
        {
            sink.Raw("/Dest["u8).Reference(pages[place.Page - 1]).Raw(" /XYZ "u8).Real(place.X).Space()
                .Real(place.PageHeight - place.Y).Raw(" null]"u8);
        }
        else
        {
            // A link to an anchor the document lacks goes to the first page rather than nowhere.
            sink.Raw("/Dest["u8).Reference(pages[0]).Raw(" /Fit]"u8);
        }

        sink.Raw(">>"u8);
        file.End();
        return number;
    }

    // A URI is 7-bit ASCII (§12.6.4.7): anything else is percent-encoded as UTF-8.
    static string Uri(string url)
    {
        if (url.All(c => c is > ' ' and < '\x7F'))
        {
            return url;
        }

        var escaped = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(url))
        {
            escaped.Append(b is > (byte)' ' and < 0x7F ? ((char)b).ToString() : $"%{b:X2}");
        }

        return escaped.ToString();
    }

    static string TagName(StructureTag tag) => tag switch
    {
        StructureTag.Section => "Sect",
        StructureTag.Division => "Div",
        StructureTag.Heading1 => "H1",
        StructureTag.Heading2 => "H2",
        StructureTag.Heading3 => "H3",
        StructureTag.Heading4 => "H4",
        StructureTag.Paragraph => "P",
        StructureTag.List => "L",
        StructureTag.ListItem => "LI",
        StructureTag.Label => "Lbl",
        StructureTag.ListBody => "LBody",
        StructureTag.Table => "Table",
        StructureTag.TableHead => "THead",
        StructureTag.TableBody => "TBody",
        StructureTag.TableRow => "TR",
        StructureTag.TableHeaderCell => "TH",
        StructureTag.TableDataCell => "TD",
        _ => throw new ArgumentOutOfRangeException(nameof(tag), tag, "Not a structure tag."),
    };

    // An open structure element, or (no element) an open artifact.
    readonly record struct Frame(StructureElement? Element);
}
