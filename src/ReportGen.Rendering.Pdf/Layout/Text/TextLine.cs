using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>A laid-out line of text.</summary>
/// <param name="Segments">Its runs of text, left to right.</param>
/// <param name="Width">The width of its text.</param>
/// <param name="Height">The distance to the next line's top.</param>
/// <param name="Ascent">The distance from the line's top to its baseline.</param>
/// <param name="UnderlineOffset">How far below the baseline link underlines go.</param>
/// <param name="Indent">Where the text starts (more than 0 when centred or right-aligned).</param>
internal sealed record TextLine(
    IReadOnlyList<LineSegment> Segments, double Width, double Height, double Ascent, double UnderlineOffset, double Indent = 0)
{
    /// <summary>Whether the line has no text (an empty paragraph, or an empty line made by a line break).</summary>
    public bool IsEmpty => Segments.Count == 0;

    /// <summary>The line drawn with its top-left corner at (<paramref name="x"/>, <paramref name="top"/>), added to <paramref name="ops"/>.</summary>
    public void Draw(double x, double top, List<DrawOp> ops)
    {
        var baseline = top + Ascent;
        foreach (var segment in Segments)
        {
            var left = x + Indent + segment.X;
            if (segment.Style is { LinkUrl: null, LinkAnchor: null })
            {
                ops.Add(new TextOp(left, baseline, segment.Text, segment.Style));
                continue;
            }

            var underline = baseline + UnderlineOffset;
            ops.Add(segment.Style.LinkAnchor is { } anchor
                ? new BeginLinkOp(left, top, segment.Width, Height, string.Empty, $"{segment.Text} (in this document)", anchor)
                : new BeginLinkOp(left, top, segment.Width, Height, segment.Style.LinkUrl!, $"{segment.Text} ({segment.Style.LinkUrl})"));
            ops.Add(new TextOp(left, baseline, segment.Text, segment.Style));
            ops.Add(new BeginArtifactOp());
            ops.Add(new LineOp(left, underline, left + segment.Width, underline, segment.Style.Color, 0.6));
            ops.Add(new EndMarkOp());
            ops.Add(new EndMarkOp());
        }
    }
}
