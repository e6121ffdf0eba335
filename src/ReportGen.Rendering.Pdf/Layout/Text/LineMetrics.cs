using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>The vertical measures of a line of text in one font, as the <see cref="FontBook"/> gives them.</summary>
/// <param name="Height">The distance between baselines.</param>
/// <param name="Ascent">The height from the top of a line to its baseline.</param>
/// <param name="UnderlineOffset">How far below the baseline an underline goes (positive is down).</param>
internal readonly record struct LineMetrics(double Height, double Ascent, double UnderlineOffset)
{
    /// <summary>The measures of <paramref name="font"/> in <paramref name="fonts"/>.</summary>
    public static LineMetrics Of(FontBook fonts, FontSpec font) =>
        new(fonts.LineHeight(font), fonts.Ascent(font), fonts.UnderlineOffset(font));
}
