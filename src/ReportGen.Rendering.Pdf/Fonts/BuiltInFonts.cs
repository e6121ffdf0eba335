using PdfSharp.WPFonts;

namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>
/// The Segoe WP faces that ship inside the PDFsharp package, so a PDF can be made on a machine with no fonts
/// installed. There is no italic face: italic is slanted from the regular one.
/// </summary>
internal static class BuiltInFonts
{
    static readonly Lazy<PdfFontSet> SegoeWp = new(() =>
        new PdfFontSet("Segoe WP", FontDataHelper.SegoeWP, FontDataHelper.SegoeWPBold, Italic: null, BoldItalic: null));

    /// <summary>Segoe WP regular and bold.</summary>
    public static PdfFontSet Default => SegoeWp.Value;
}
