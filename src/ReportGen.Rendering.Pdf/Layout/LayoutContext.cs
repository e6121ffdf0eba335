using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;

using ReportGen.Rendering.Pdf.Layout.Text;

namespace ReportGen.Rendering.Pdf.Layout;

/// <summary>What every layout step needs: the fonts to measure with, the document's style and its layout settings.</summary>
internal sealed class LayoutContext(FontBook fonts, DocumentStyle style, LayoutSettings layout)
{
    /// <summary>GOV.UK text black.</summary>
    public static Rgb TextColor { get; } = Rgb.FromHex("#0B0C0C");

    /// <summary>The grey of running headers and footers, and of notes.</summary>
    public static Rgb FurnitureColor { get; } = Rgb.FromHex("#505A5F");

    /// <summary>The fonts.</summary>
    public FontBook Fonts { get; } = fonts;

    /// <summary>Sets text in <see cref="Fonts"/>, keeping the widths of the words it has measured.</summary>
    public TextLayouter Text { get; } = new(fonts);

    /// <summary>Sizes and colours.</summary>
    public DocumentStyle Style { get; } = style;

    /// <summary>Page geometry and block spacing, shared with the other renderers.</summary>
    public LayoutSettings Layout { get; } = layout;

    private int _tables;

    /// <summary>A number for the next table that needs IDs for its header cells, unique in the document.</summary>
    public int NextTableNumber() => ++_tables;

    /// <summary>Body text.</summary>
    public TextStyle Body => field ??= new(new FontSpec(Style.BodySize), TextColor);

    /// <summary>Table text and page furniture.</summary>
    public TextStyle Small => field ??= new(new FontSpec(Style.SmallSize), TextColor);

    /// <summary>Notes and sources: small, in a grey that still has 7:1 contrast on white.</summary>
    public TextStyle Note => field ??= Small with { Color = FurnitureColor };
}
