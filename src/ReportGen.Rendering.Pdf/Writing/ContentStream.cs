using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// The operators of one page's content stream (ISO 32000-1 §8, §9.4, §14.6), in PDF user space (points, y up from
/// the foot of the page). It remembers the graphics state it has set (colours, line width, cap, join, dash, font) and
/// sets only what changes; consecutive pieces of text share one text object, which ends before any other operator.
/// </summary>
internal sealed class ContentStream
{
    readonly ByteSink _sink = new(1 << 15);
    Rgb? _fill;
    Rgb? _stroke;
    double _lineWidth = 1;
    int _cap;
    int _join;
    double[]? _dash;
    EmbeddedFont? _font;
    double _size;
    int _renderMode;
    bool _inText;

    /// <summary>The operators written so far.</summary>
    public ReadOnlySpan<byte> Bytes => _sink.Written;

    /// <summary>Empties the stream for the next page, forgetting all state.</summary>
    public void Clear()
    {
        _sink.Clear();
        Forget();
        _inText = false;
    }

    /// <summary>
    /// Shows <paramref name="text"/> with its baseline starting at (<paramref name="x"/>, <paramref name="y"/>);
    /// <paramref name="slant"/> and <paramref name="embolden"/> simulate a missing italic or bold face.
    /// </summary>
    public void Text(EmbeddedFont font, double size, Rgb color, double x, double y, string text, bool slant = false, bool embolden = false)
    {
        if (!_inText)
        {
            _sink.Raw("BT\n"u8);
            _inText = true;
        }

        if (!ReferenceEquals(font, _font) || size != _size)
        {
            _sink.Name(font.ResourceName).Space().Real(size).Raw(" Tf\n"u8);
            (_font, _size) = (font, size);
        }

        Fill(color);
        var mode = embolden ? 2 : 0;
        if (embolden)
        {
            // Filled and stroked in the text colour: the outline thickens each stem by a thirtieth of the size.
            Stroke(color);
            Width(size / 30);
        }

        if (mode != _renderMode)
        {
            _sink.Int(mode).Raw(" Tr\n"u8);
            _renderMode = mode;
        }

        // The text matrix places the baseline; a slant of about 12 degrees stands in for italic.
        _sink.Raw(slant ? "1 0 0.2126 1 "u8 : "1 0 0 1 "u8).Real(x).Space().Real(y).Raw(" Tm\n"u8);
        font.Show(text, _sink);
        _sink.Raw(" Tj\n"u8);
    }

    /// <summary>Starts the marked-content sequence <paramref name="contentId"/> tagged <paramref name="tag"/>.</summary>
    public void BeginMarked(string tag, int contentId)
    {
        EndText();
        _sink.Name(tag).Raw("<</MCID "u8).Int(contentId).Raw(">>BDC\n"u8);
    }

    /// <summary>Starts an artifact: content that is not part of the text (§14.8.2.2).</summary>
    public void BeginArtifact()
    {
        EndText();
        _sink.Raw("/Artifact BMC\n"u8);
    }

    /// <summary>Ends the innermost marked-content sequence or artifact.</summary>
    public void EndMarked()
    {
        EndText();
        _sink.Raw("EMC\n"u8);
    }

    /// <summary>Saves the graphics state and concatenates the matrix [a b c d e f] to the current one.</summary>
    public void SaveTransformed(double a, double b, double c, double d, double e, double f)
    {
        EndText();
        _sink.Raw("q\n"u8).Real(a).Space().Real(b).Space().Real(c).Space().Real(d).Space().Real(e).Space().Real(f).Raw(" cm\n"u8);
    }

    /// <summary>Restores the graphics state saved last.</summary>
    public void Restore()
    {
        EndText();
        _sink.Raw("Q\n"u8);
        Forget();
    }

    /// <summary>A rectangle with its lower-left corner at (<paramref name="x"/>, <paramref name="y"/>), added to the path.</summary>
    public void Rectangle(double x, double y, double width, double height)
    {
        EndText();
        _sink.Real(x).Space().Real(y).Space().Real(width).Space().Real(height).Raw(" re\n"u8);
    }

    /// <summary>Begins a new subpath at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void MoveTo(double x, double y)
    {
        EndText();
        _sink.Real(x).Space().Real(y).Raw(" m\n"u8);
    }

    /// <summary>A straight segment to (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void LineTo(double x, double y) => _sink.Real(x).Space().Real(y).Raw(" l\n"u8);

    /// <summary>A cubic Bézier segment.</summary>
    public void CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) =>
        _sink.Real(x1).Space().Real(y1).Space().Real(x2).Space().Real(y2).Space().Real(x3).Space().Real(y3).Raw(" c\n"u8);

    /// <summary>Fills the path (non-zero winding) in <paramref name="color"/>.</summary>
    public void FillPath(Rgb color)
    {
        Fill(color);
        _sink.Raw("f\n"u8);
    }

    /// <summary>Strokes the path.</summary>
    public void StrokePath() => _sink.Raw("S\n"u8);

    /// <summary>Closes, fills (non-zero winding) and strokes the path.</summary>
    public void CloseFillStrokePath(Rgb fill)
    {
        Fill(fill);
        _sink.Raw("b\n"u8);
    }

    /// <summary>Sets the stroking colour.</summary>
    public void Stroke(Rgb color)
    {
        if (_stroke != color)
        {
            Color(color).Raw(" RG\n"u8);
            _stroke = color;
        }
    }

    /// <summary>Sets the line width.</summary>
    public void Width(double width)
    {
        if (width != _lineWidth)
        {
            _sink.Real(width).Raw(" w\n"u8);
            _lineWidth = width;
        }
    }

    /// <summary>Sets the line cap (0 butt, 1 round) and join (0 mitre, 1 round).</summary>
    public void CapAndJoin(int cap, int join)
    {
        if (cap != _cap)
        {
            _sink.Int(cap).Raw(" J\n"u8);
            _cap = cap;
        }

        if (join != _join)
        {
            _sink.Int(join).Raw(" j\n"u8);
            _join = join;
        }
    }

    /// <summary>Sets the dash pattern, in points; <see langword="null"/> for a solid line.</summary>
    public void Dash(double[]? pattern)
    {
        if (ReferenceEquals(pattern, _dash) || (pattern is not null && _dash is not null && pattern.AsSpan().SequenceEqual(_dash)))
        {
            return;
        }

        EndText();
        _sink.Byte((byte)'[');
        for (var i = 0; i < (pattern?.Length ?? 0); i++)
        {
            (i > 0 ? _sink.Space() : _sink).Real(pattern![i]);
        }

        _sink.Raw("] 0 d\n"u8);
        _dash = pattern;
    }

    /// <summary>Ends the open text object, if any.</summary>
    public void EndText()
    {
        if (_inText)
        {
            _sink.Raw("ET\n"u8);
            _inText = false;
        }
    }

    void Fill(Rgb color)
    {
        if (_fill != color)
        {
            Color(color).Raw(" rg\n"u8);
            _fill = color;
        }
    }

    // A colour as three components from 0 to 1, to three decimals.
    ByteSink Color(Rgb color) =>
        _sink.Real(Math.Round(color.R / 255.0, 3)).Space().Real(Math.Round(color.G / 255.0, 3)).Space().Real(Math.Round(color.B / 255.0, 3));

    // The state every page, and every restore, starts from (§8.4.1): black, 1 point wide, butt caps, mitre joins, solid.
    void Forget()
    {
        (_fill, _stroke, _lineWidth, _cap, _join, _dash) = (null, null, 1, 0, 0, null);
        (_font, _size, _renderMode) = (null, 0, 0);
    }
}
