using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ReportGen.Rendering.Pdf.Fonts;

/// <summary>
/// The fonts of one rendering: <see cref="XFont"/>s of the registered family (Unicode-encoded, so they are
/// embedded as subsets), and measurements of text set in them.
/// </summary>
internal sealed class FontBook : IDisposable
{
    static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode);

    readonly string _family;
    readonly Dictionary<FontSpec, XFont> _fonts = [];
    readonly Dictionary<FontSpec, (double LineHeight, double Ascent)> _metrics = [];
    readonly Dictionary<(string Text, FontSpec Font), double> _widths = [];
    readonly XGraphics _measure = XGraphics.CreateMeasureContext(
        new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards, new PdfSharp.Events.RenderEvents());

    /// <summary>Fonts of <paramref name="family"/>, a name returned by <see cref="FontRegistry.Register"/>.</summary>
    public FontBook(string family) => _family = family;

    /// <summary>The font for <paramref name="spec"/>.</summary>
    public XFont Font(FontSpec spec)
    {
        if (!_fonts.TryGetValue(spec, out var font))
        {
            var style = (spec.Bold, spec.Italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(_family, spec.Size, style, Embedded);
            _fonts.Add(spec, font);
        }

        return font;
    }

    /// <summary>The face <paramref name="spec"/> is set in, and the styles to simulate on it.</summary>
    public ResolvedFace Face(FontSpec spec) => FontRegistry.Face(_family, spec);

    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    public double Width(string text, FontSpec spec)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!_widths.TryGetValue((text, spec), out var width))
        {
            width = _measure.MeasureString(text, Font(spec)).Width;
            _widths.Add((text, spec), width);
        }

        return width;
    }

    /// <summary>The distance between baselines of lines set in <paramref name="spec"/>.</summary>
    public double LineHeight(FontSpec spec) => Metrics(spec).LineHeight;

    /// <summary>The height from the top of a line to its baseline.</summary>
    public double Ascent(FontSpec spec) => Metrics(spec).Ascent;

    // Every line asks for both of its fonts' line height and ascent; PDFsharp works the height out anew each time.
    (double LineHeight, double Ascent) Metrics(FontSpec spec)
    {
        if (!_metrics.TryGetValue(spec, out var metrics))
        {
            var font = Font(spec);
            metrics = (font.GetHeight(), spec.Size * font.Metrics.Ascent / font.Metrics.UnitsPerEm);
            _metrics.Add(spec, metrics);
        }

        return metrics;
    }

    /// <summary>How far below the baseline an underline goes (positive is down).</summary>
    public double UnderlineOffset(FontSpec spec)
    {
        var metrics = Font(spec).Metrics;
        return Math.Max(1, -spec.Size * metrics.UnderlinePosition / metrics.UnitsPerEm);
    }

    /// <inheritdoc/>
    public void Dispose() => _measure.Dispose();
}
