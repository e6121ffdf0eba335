using PdfSharp.Fonts;

namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>
/// Installs <see cref="FontSetResolver"/> as PDFsharp's font resolver, once per process and thread-safely
/// (PDFsharp allows the global resolver to be set only once).
/// </summary>
internal static class FontRegistry
{
    static readonly Lock Gate = new();
    static readonly FontSetResolver Resolver = new();
    static bool _installed;

    /// <summary>Makes <paramref name="fonts"/> available to PDFsharp and returns the family name to use in <c>XFont</c>s.</summary>
    public static string Register(PdfFontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        lock (Gate)
        {
            if (!_installed)
            {
                if (GlobalFontSettings.FontResolver is { } other && other != Resolver)
                {
                    throw new InvalidOperationException(
                        "Another PDFsharp font resolver is already installed in this process; ReportGen needs its own.");
                }

                GlobalFontSettings.FontResolver = Resolver;
                _installed = true;
            }

            return Resolver.Add(fonts);
        }
    }

    /// <summary>
    /// The face <paramref name="family"/> (a name <see cref="Register"/> returned) sets <paramref name="spec"/> in: its
    /// key, its bytes, and whether bold or italic must be simulated because the set has no such face.
    /// </summary>
    public static ResolvedFace Face(string family, FontSpec spec)
    {
        var info = Resolver.ResolveTypeface(family, spec.Bold, spec.Italic)
            ?? throw new InvalidOperationException($"The font family {family} is not registered.");
        var bytes = Resolver.GetFont(info.FaceName)
            ?? throw new InvalidOperationException($"The face {info.FaceName} is not registered.");
        return new ResolvedFace(info.FaceName, bytes, info.MustSimulateBold, info.MustSimulateItalic);
    }
}
