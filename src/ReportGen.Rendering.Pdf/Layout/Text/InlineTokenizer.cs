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
    public static IReadOnlyList<InlineToken> Tokenize(IEnumerable<Inline> content, TextStyle body)
    {
        var tokens = new List<InlineToken>();
        var word = new List<WordPiece>();
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun run:
                    Split(run.Text, StyleOf(run, body), word, tokens);
                    break;
                case Hyperlink link when !LinkTargets.IsAllowed(link.Url):
                    // Composition keeps such links as text; one that reaches here anyway is drawn as text, never a /URI.
                    Split(link.Text, body, word, tokens);
                    break;
                case Hyperlink link:
                    Split(link.Text, body with { Color = TextStyle.LinkColor, LinkUrl = link.Url }, word, tokens);
                    break;
                case AnchorLink link:
                    Split(link.Text, Bolder(body, link.Bold) with { Color = TextStyle.LinkColor, LinkAnchor = link.Anchor }, word, tokens);
                    break;
                case PageReference reference:
                    // The layout fills page references in before text is set (PageReferences.Resolve); one left here has no page.
                    Split("?", Bolder(body, reference.Bold), word, tokens);
                    break;
                case LineBreak:
                    EndWord(word, tokens);
                    tokens.Add(new BreakToken());
                    break;
                default:
                    throw new NotSupportedException($"The PDF renderer cannot draw inline content of type {inline.GetType().Name}.");
            }
        }

        EndWord(word, tokens);
        return tokens;
    }

    static TextStyle StyleOf(TextRun run, TextStyle body) => body with
    {
        Font = body.Font with { Bold = body.Font.Bold || run.Bold, Italic = body.Font.Italic || run.Italic },
        Color = run.Color ?? body.Color,
    };

    static TextStyle Bolder(TextStyle body, bool bold) => bold ? body with { Font = body.Font with { Bold = true } } : body;

    static void Split(string text, TextStyle style, List<WordPiece> word, List<InlineToken> tokens)
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
                word.Add(new WordPiece(text[start..i], style));
            }

            EndWord(word, tokens);
            tokens.Add(new SpaceToken(style));
            start = i + 1;
        }

        if (start < text.Length)
        {
            word.Add(new WordPiece(text[start..], style));
        }
    }

    static void EndWord(List<WordPiece> word, List<InlineToken> tokens)
    {
        if (word.Count > 0)
        {
            tokens.Add(new WordToken([.. word]));
            word.Clear();
        }
    }

    // A no-break space (U+00A0) is deliberately not here: "£4.3 m" written with one stays on one line.
    static bool IsBreakingSpace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
