using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>Collects the text of one line, merging neighbours of the same style into one segment.</summary>
internal sealed class LineBuilder(FontBook fonts, TextStyle body)
{
    readonly List<LineSegment> _segments = [];

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
            _segments[^1] = last with { Text = last.Text + text, Width = last.Width + width };
        }
        else
        {
            _segments.Add(new LineSegment(Width, width, text, style));
        }

        Width += width;
    }

    /// <summary>The finished line; an empty line is as tall as a line of body text.</summary>
    public TextLine Build()
    {
        var height = fonts.LineHeight(body.Font);
        var ascent = fonts.Ascent(body.Font);
        foreach (var segment in _segments)
        {
            height = Math.Max(height, fonts.LineHeight(segment.Style.Font));
            ascent = Math.Max(ascent, fonts.Ascent(segment.Style.Font));
        }

        return new TextLine([.. _segments], Width, height, ascent, fonts.UnderlineOffset(body.Font));
    }
}
