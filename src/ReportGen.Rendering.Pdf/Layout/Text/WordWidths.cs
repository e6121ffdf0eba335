using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// The widths of words, looked up by their characters (a span of the run they are in), so measuring a word that has
/// been measured before copies no text; a new word is measured by the <see cref="FontBook"/>, which gives the widths
/// (and the fonts' line measures, kept here too: every line asks for them).
/// </summary>
internal sealed class WordWidths(FontBook fonts)
{
    readonly Dictionary<FontSpec, Dictionary<string, double>> _byFont = [];
    readonly Dictionary<FontSpec, LineMetrics> _lines = [];

    // The last font's table: words of one paragraph are mostly in one font.
    FontSpec _lastFont;
    Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>>? _last;

    /// <summary>The fonts measured with.</summary>
    public FontBook Fonts => fonts;

    /// <summary>The advance width of <paramref name="text"/> in <paramref name="font"/>, in points.</summary>
    public double Width(ReadOnlySpan<char> text, FontSpec font)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var widths = Table(font);
        if (!widths.TryGetValue(text, out var width))
        {
            var word = text.ToString();
            width = fonts.Width(word, font);
            widths.Dictionary.Add(word, width);
        }

        return width;
    }

    /// <summary>The line height, ascent and underline offset of <paramref name="font"/>.</summary>
    public LineMetrics Line(FontSpec font)
    {
        if (!_lines.TryGetValue(font, out var metrics))
        {
            metrics = LineMetrics.Of(fonts, font);
            _lines.Add(font, metrics);
        }

        return metrics;
    }

    Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Table(FontSpec font)
    {
        if (_last is { } last && _lastFont == font)
        {
            return last;
        }

        if (!_byFont.TryGetValue(font, out var table))
        {
            table = new Dictionary<string, double>(StringComparer.Ordinal);
            _byFont.Add(font, table);
        }

        _lastFont = font;
        _last = table.GetAlternateLookup<ReadOnlySpan<char>>();
        return _last.Value;
    }
}
