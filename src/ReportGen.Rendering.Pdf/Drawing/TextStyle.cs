using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Drawing;

/// <summary>How a piece of text is drawn.</summary>
/// <param name="Font">Face and size.</param>
/// <param name="Color">Text colour.</param>
/// <param name="LinkUrl">The address the text links to, if any (drawn underlined, with a link annotation).</param>
/// <param name="LinkAnchor">The anchor inside the document the text links to, if any (drawn as a link too).</param>
internal sealed record TextStyle(FontSpec Font, Rgb Color, string? LinkUrl = null, string? LinkAnchor = null)
{
    /// <summary>GOV.UK link blue: 4.5:1 or better against white.</summary>
    public static Rgb LinkColor { get; } = Rgb.FromHex("#1D70B8");
}
