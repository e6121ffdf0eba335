using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Styles;

/// <summary>Colours the renderer derives from the document's style (never content colours such as RAG fills).</summary>
internal static class Palette
{
    /// <summary>The colour of links: GOV.UK's link blue, 5.2:1 against white.</summary>
    public static Rgb Link { get; } = Rgb.FromHex("#1D70B8");

    /// <summary>
    /// The light fill of row headers (form labels) and group-heading rows: the table header colour at 15% on white,
    /// so dark text on it keeps its contrast.
    /// </summary>
    public static Rgb RowHeaderFill(DocumentStyle style) => Tint(style.TableHeaderBackground, 0.15);

    /// <summary><paramref name="color"/> mixed with white, keeping <paramref name="strength"/> of the colour.</summary>
    public static Rgb Tint(Rgb color, double strength) => new(Mix(color.R, strength), Mix(color.G, strength), Mix(color.B, strength));

    private static byte Mix(byte channel, double strength) =>
        (byte)Math.Round(255 - ((255 - channel) * strength), MidpointRounding.AwayFromZero);
}
