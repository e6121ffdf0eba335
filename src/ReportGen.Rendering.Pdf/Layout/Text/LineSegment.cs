using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>A run of text in one style on one line, starting <paramref name="X"/> points from the line's start.</summary>
internal sealed record LineSegment(double X, double Width, string Text, TextStyle Style);
