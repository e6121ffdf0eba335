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
}
