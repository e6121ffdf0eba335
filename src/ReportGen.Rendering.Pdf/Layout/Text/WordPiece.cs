using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>Part of a word in one style ("<b>Red</b>," is two pieces of one word).</summary>
internal sealed record WordPiece(string Text, TextStyle Style);
