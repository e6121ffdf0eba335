using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// Collects the text of one line, merging neighbours of the same style into one segment; used line after line
/// (<see cref="Build"/> starts the next) and paragraph after paragraph (<see cref="Start"/>).
/// </summary>
internal sealed class LineBuilder(WordWidths widths)
{
    readonly List<LineSegment> _segments = [];

    // The last segment, still open to more text: its start, width, style and text.
    readonly SegmentText _text = new();
    bool _open;
    double _x;
    double _width;
    TextStyle _style = null!;
    TextStyle _body = null!;

    /// <summary>Starts the lines of a paragraph set in <paramref name="body"/>: an empty line is as tall as a line of it.</summary>
    public void Start(TextStyle body)
    {
        _body = body;
        _segments.Clear();
        (_open, Width) = (false, 0);
    }

    /// <summary>Whether nothing has been added.</summary>
    public bool IsEmpty => !_open;

    /// <summary>The width of the text added so far.</summary>
    public double Width { get; private set; }

    /// <summary>Appends <paramref name="piece"/>, which is <paramref name="width"/> points wide.</summary>
    public void Add(WordPiece piece, double width) => Add(piece.Source, piece.Start, piece.Length, piece.Style, width);

    /// <summary>Appends <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>, <paramref name="width"/> points wide.</summary>
    public void Add(string source, int start, int length, TextStyle style, double width)
    {
        if (Continues(style))
        {
            _width += width;
            _text.Append(source, start, length);
        }
        else
        {
            Open(Width, width, style);
            _text.Start(source, start, length);
        }

        Width += width;
    }

    /// <summary>Appends the space <paramref name="space"/> (drawn as a plain space), <paramref name="width"/> points wide.</summary>
    public void AddSpace(WordPiece space, double width)
    {
        if (Continues(space.Style))
        {
            _width += width;
            _text.AppendSpace(space.Source, space.Start);
        }
        else
        {
            Open(Width, width, space.Style);
            _text.StartSpace(space.Source, space.Start);
        }

        Width += width;
    }

    /// <summary>
    /// Ends a line that wrapped at <paramref name="space"/> with that space, drawn past the line's width and taking
    /// none of it, so that text read from the page or through its tags keeps the words apart ("against each", not
    /// "againsteach"). A link's text does not take it: the space is drawn as plain text after the link.
    /// </summary>
    public void AddTrailingSpace(WordPiece space)
    {
        if (!_open)
        {
            return;
        }

        var style = _style with { LinkUrl = null, LinkAnchor = null };
        if (_style == style)
        {
            _text.AppendSpace(space.Source, space.Start);
        }
        else
        {
            Open(Width, 0, style);
            _text.StartSpace(" ", 0);
        }
    }

    /// <summary>The finished line, set <paramref name="indent"/> points in; an empty line is as tall as a line of body text. The builder is empty again.</summary>
    public TextLine Build(double indent)
    {
        Close();
        var body = widths.Line(_body.Font);
        var (height, ascent) = (body.Height, body.Ascent);
        foreach (var segment in _segments)
        {
            var metrics = segment.Style.Font == _body.Font ? body : widths.Line(segment.Style.Font);
            height = Math.Max(height, metrics.Height);
            ascent = Math.Max(ascent, metrics.Ascent);
        }

        var line = new TextLine([.. _segments], Width, height, ascent, body.UnderlineOffset, indent);
        _segments.Clear();
        Width = 0;
        return line;
    }

    bool Continues(TextStyle style) => _open && _style == style;

    void Open(double x, double width, TextStyle style)
    {
        Close();
        (_open, _x, _width, _style) = (true, x, width, style);
    }

    // Adds the open segment to the line.
    void Close()
    {
        if (_open)
        {
            _segments.Add(new LineSegment(_x, _width, _text.ToString(), _style));
            _open = false;
        }
    }
}
