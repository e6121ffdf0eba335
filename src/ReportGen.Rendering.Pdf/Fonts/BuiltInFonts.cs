namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>
/// Liberation Sans 2.1.5, shipped inside this assembly (SIL Open Font License 1.1), so a PDF can be made on a machine
/// with no fonts installed. It is the family the Word, HTML and workbook editions name too (with Arial, whose
/// metrics it shares, as their fallback), so every edition of a pack is set in the same letters.
/// </summary>
internal static class BuiltInFonts
{
    /// <summary>The family's name, as the other editions name it.</summary>
    public const string FamilyName = "Liberation Sans";

    static readonly Lazy<PdfFontSet> LiberationSans = new(() => new PdfFontSet(
        FamilyName,
        Face("Regular"),
        Face("Bold"),
        Face("Italic"),
        Face("BoldItalic")));

    /// <summary>Liberation Sans regular, bold, italic and bold italic.</summary>
    public static PdfFontSet Default => LiberationSans.Value;

    static byte[] Face(string face)
    {
        var name = $"ReportGen.Fonts.LiberationSans-{face}.ttf";
        using var stream = typeof(BuiltInFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font {name} is missing from the assembly");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
