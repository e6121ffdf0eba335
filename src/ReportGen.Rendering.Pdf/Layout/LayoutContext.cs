using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>What every layout step needs: the fonts to measure with and the document's style.</summary>
internal sealed class LayoutContext(FontBook fonts, DocumentStyle style)
{
    /// <summary>GOV.UK text black.</summary>
    public static Rgb TextColor { get; } = Rgb.FromHex("#0B0C0C");

    /// <summary>The grey of running headers and footers.</summary>
    public static Rgb FurnitureColor { get; } = Rgb.FromHex("#505A5F");

    /// <summary>The fonts.</summary>
    public FontBook Fonts { get; } = fonts;

    /// <summary>Sizes and colours.</summary>
    public DocumentStyle Style { get; } = style;

    /// <summary>Body text.</summary>
    public TextStyle Body => new(new FontSpec(Style.BodySize), TextColor);

    /// <summary>Notes, table text and page furniture.</summary>
    public TextStyle Small => new(new FontSpec(Style.SmallSize), TextColor);
}
