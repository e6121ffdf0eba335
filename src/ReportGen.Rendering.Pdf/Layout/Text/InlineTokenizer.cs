using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// Splits inline content into words, spaces and line breaks. A word may cross runs: "<b>Red</b> =" is the word
/// "Red" then a space, but "<b>Appendix 1</b>," keeps "1," together.
/// </summary>
internal static class InlineTokenizer
{
    /// <summary>The tokens of <paramref name="content"/> set in <paramref name="body"/> unless a run says otherwise.</summary>
    public static InlineTokens Tokenize(IReadOnlyList<Inline> content, TextStyle body)
    {
        var tokens = new InlineTokens();
        Tokenize(content, body, tokens);
        return tokens;
    }

    /// <summary>Fills <paramref name="tokens"/> (emptied first) with the tokens of <paramref name="content"/>.</summary>
    public static void Tokenize(IReadOnlyList<Inline> content, TextStyle body, InlineTokens tokens)
    {
        tokens.Clear();
        for (var i = 0; i < content.Count; i++)
        {
            switch (content[i])
            {
                case TextRun run:
                    Split(run.Text, StyleOf(run, body), tokens);
                    break;
                case Hyperlink link when !LinkTargets.IsAllowed(link.Url):
                    // Composition keeps such links as text; one that reaches here anyway is drawn as text, never a /URI.
                    Split(link.Text, body, tokens);
                    break;
                case Hyperlink link:
                    Split(link.Text, body with { Color = TextStyle.LinkColor, LinkUrl = link.Url }, tokens);
                    break;
                case AnchorLink link:
                    Split(link.Text, Bolder(body, link.Bold) with { Color = TextStyle.LinkColor, LinkAnchor = link.Anchor }, tokens);
                    break;
                case PageReference reference:
                    // The layout fills page references in before text is set (PageReferences.Resolve); one left here has no page.
                    Split("?", Bolder(body, reference.Bold), tokens);
                    break;
                case LineBreak:
                    tokens.AddBreak();
                    break;
                case var inline:
                    throw new NotSupportedException($"The PDF renderer cannot draw inline content of type {inline.GetType().Name}.");
            }
        }

        tokens.EndWord();
    }

    // The body style itself when the run changes nothing, so most runs share one style.
    static TextStyle StyleOf(TextRun run, TextStyle body)
    {
        var font = body.Font with { Bold = body.Font.Bold || run.Bold, Italic = body.Font.Italic || run.Italic };
        var color = run.Color ?? body.Color;
        return font == body.Font && color == body.Color ? body : body with { Font = font, Color = color };
    }

    static TextStyle Bolder(TextStyle body, bool bold) => bold ? body with { Font = body.Font with { Bold = true } } : body;

    static void Split(string text, TextStyle style, InlineTokens tokens)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsBreakingSpace(text[i]))
            {
                continue;
            }

            if (i > start)
            {
                tokens.AddPiece(new WordPiece(text, start, i - start, style));
            }

            tokens.AddSpace(new WordPiece(text, i, 1, style));
            start = i + 1;
        }

        if (start < text.Length)
        {
            tokens.AddPiece(new WordPiece(text, start, text.Length - start, style));
        }
    }

    // A no-break space (U+00A0) is deliberately not here: "£4.3 m" written with one stays on one line.
    static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
