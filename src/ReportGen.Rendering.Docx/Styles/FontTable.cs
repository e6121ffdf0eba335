using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Styles;

/// <summary>
/// The font table part: the family the styles name, and for the free families metric-compatible with Microsoft's
/// (Liberation Sans and Arial, for one) the font Word uses where the named one is not installed, so a reader
/// without Liberation Sans sees Arial with the same line breaks rather than Word's own choice.
/// </summary>
internal static class FontTable
{
    /// <summary>A family's metric-compatible stand-in and its PANOSE classification, which Word matches on.</summary>
    private sealed record Fallback(string AltName, string Panose, W.FontFamilyValues Family);

    private static readonly Dictionary<string, Fallback> Fallbacks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Liberation Sans"] = new("Arial", "020B0604020202020204", W.FontFamilyValues.Swiss),
        ["Arimo"] = new("Arial", "020B0604020202020204", W.FontFamilyValues.Swiss),
        ["Liberation Serif"] = new("Times New Roman", "02020603050405020304", W.FontFamilyValues.Roman),
        ["Tinos"] = new("Times New Roman", "02020603050405020304", W.FontFamilyValues.Roman),
        ["Carlito"] = new("Calibri", "020F0502020204030204", W.FontFamilyValues.Swiss),
    };

    /// <summary>The table naming <paramref name="family"/>, with its stand-in when it has one.</summary>
    public static W.Fonts Build(string family)
    {
        var font = new W.Font { Name = family };
        if (Fallbacks.TryGetValue(family, out var fallback))
        {
            font.Append(
                new W.AltName { Val = fallback.AltName },
                new W.Panose1Number { Val = fallback.Panose },
                new W.FontCharSet { Val = "00" },
                new W.FontFamily { Val = fallback.Family },
                new W.Pitch { Val = W.FontPitchValues.Variable });
        }

        return new W.Fonts(font);
    }
}
