using System.Text;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>Collects the text of one line, merging neighbours of the same style into one segment.</summary>
internal sealed class LineBuilder(FontBook fonts, TextStyle body)
{
    readonly List<LineSegment> _segments = [];

    // The last segment's text once a second piece joins it (words added one by one would otherwise copy the line's
    // text again for each); null while the segment's own text is the whole of it.
    StringBuilder? _pending;

    /// <summary>Whether nothing has been added.</summary>
    public bool IsEmpty => _segments.Count == 0;

    /// <summary>The width of the text added so far.</summary>
    public double Width { get; private set; }

    /// <summary>Appends <paramref name="text"/>, which is <paramref name="width"/> points wide.</summary>
    public void Add(string text, TextStyle style, double width)
    {
        if (_segments.Count > 0 && _segments[^1].Style == style)
        {
            var last = _segments[^1];
            _segments[^1] = last with { Width = last.Width + width };
            Pending(last).Append(text);
        }
        else
        {
            Close();
            _segments.Add(new LineSegment(Width, width, text, style));
        }

        Width += width;
    }

    /// <summary>
    /// Ends a line that wrapped at a space with that space, drawn past the line's width and taking none of it, so
    /// that text read from the page or through its tags keeps the words apart ("against each", not "againsteach").
    /// A link's text does not take it: the space is drawn as plain text after the link.
    /// </summary>
    public void AddTrailingSpace()
    {
        if (_segments.Count == 0)
        {
            return;
        }

        var last = _segments[^1];
        var style = last.Style with { LinkUrl = null, LinkAnchor = null };
        if (last.Style == style)
        {
            Pending(last).Append(' ');
        }
        else
        {
            Close();
            _segments.Add(new LineSegment(Width, 0, " ", style));
        }
    }

    /// <summary>The finished line; an empty line is as tall as a line of body text.</summary>
    public TextLine Build()
    {
        Close();
        var height = fonts.LineHeight(body.Font);
        var ascent = fonts.Ascent(body.Font);
        foreach (var segment in _segments)
        {
            height = Math.Max(height, fonts.LineHeight(segment.Style.Font));
            ascent = Math.Max(ascent, fonts.Ascent(segment.Style.Font));
        }

        return new TextLine([.. _segments], Width, height, ascent, fonts.UnderlineOffset(body.Font));
    }

    StringBuilder Pending(LineSegment last) => _pending ??= new StringBuilder(last.Text, 128);

    // Gives the last segment its whole text.
    void Close()
    {
        if (_pending is not null)
        {
            _segments[^1] = _segments[^1] with { Text = _pending.ToString() };
            _pending = null;
        }
    }
}
