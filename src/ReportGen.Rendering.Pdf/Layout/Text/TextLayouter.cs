using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// Lays inline content out as aligned lines of a given width. One serves a whole rendering (it is the
/// <see cref="LayoutContext"/>'s): it keeps the widths of the words it has measured and reuses its lists, so setting
/// a paragraph allocates its lines and little else. Not for use by two threads at once.
/// </summary>
internal sealed class TextLayouter
{
    readonly InlineTokens _tokens = new();
    readonly LineBreaker _breaker;

    /// <summary>A layouter measuring with <paramref name="fonts"/>.</summary>
    public TextLayouter(FontBook fonts)
    {
        Widths = new WordWidths(fonts);
        _breaker = new LineBreaker(Widths);
    }

    /// <summary>The widths of words, by font.</summary>
    public WordWidths Widths { get; }

    /// <summary>The fonts measured with.</summary>
    public FontBook Fonts => Widths.Fonts;

    /// <summary>The lines of <paramref name="content"/> set in <paramref name="body"/>, at most <paramref name="width"/> wide.</summary>
    public IReadOnlyList<TextLine> Lay(IReadOnlyList<Inline> content, TextStyle body, double width, CellAlignment alignment)
    {
        InlineTokenizer.Tokenize(content, body, _tokens);
        return _breaker.Break(_tokens, body, width, alignment);
    }
}
