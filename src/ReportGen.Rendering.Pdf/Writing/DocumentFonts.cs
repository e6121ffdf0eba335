using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Fonts.TrueType;

namespace ReportGen.Rendering.Pdf.Writing;

/// <summary>
/// The fonts one document shows text in: one <see cref="EmbeddedFont"/> per face used, named <c>F0</c>, <c>F1</c>…
/// in the order first used, and for each <see cref="FontSpec"/> the face and the styles to simulate on it.
/// </summary>
internal sealed class DocumentFonts(PdfFile file, FontBook book)
{
    readonly Dictionary<TrueTypeFace, EmbeddedFont> _byFace = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<(bool Bold, bool Italic), FontChoice> _bySpec = [];

    /// <summary>The fonts in the order first used.</summary>
    public IEnumerable<EmbeddedFont> Used => _byFace.Values.OrderBy(f => f.Number);

    /// <summary>The font <paramref name="spec"/> is shown in, and whether to slant or embolden it.</summary>
    public FontChoice For(FontSpec spec)
    {
        if (!_bySpec.TryGetValue((spec.Bold, spec.Italic), out var choice))
        {
            var face = book.Face(spec);
            if (!_byFace.TryGetValue(face.Face, out var font))
            {
                font = new EmbeddedFont(face.Face, "F" + _byFace.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), file.Reserve());
                _byFace.Add(face.Face, font);
            }

            choice = new FontChoice(font, face.SimulateItalic, face.SimulateBold);
            _bySpec.Add((spec.Bold, spec.Italic), choice);
        }

        return choice;
    }

    /// <summary>Writes every font used.</summary>
    public void Write()
    {
        foreach (var font in Used)
        {
            font.Write(file);
        }
    }

    /// <summary>Writes the page resources every page shares: the fonts by name.</summary>
    public void WriteResources(int number)
    {
        var sink = file.Begin(number).Raw("<</Font<<"u8);
        foreach (var font in Used)
        {
            sink.Name(font.ResourceName).Space().Reference(font.Number);
        }

        sink.Raw(">>>>"u8);
        file.End();
    }
}

/// <summary>A font to show text in, and whether to slant it (no italic face) or embolden it (no bold face).</summary>
internal readonly record struct FontChoice(EmbeddedFont Font, bool Slant, bool Embolden);
