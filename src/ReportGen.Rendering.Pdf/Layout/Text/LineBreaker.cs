using System.Globalization;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// Fills lines word by word up to a width. A word wider than a whole line is broken between characters.
/// </summary>
internal sealed class LineBreaker(FontBook fonts, double maxWidth)
{
    // Rounding in width sums must not push a word that exactly fits onto the next line.
    const double Tolerance = 0.01;

    readonly List<TextLine> _lines = [];

    /// <summary>The lines of <paramref name="tokens"/>; always at least one.</summary>
    public IReadOnlyList<TextLine> Break(IReadOnlyList<InlineToken> tokens, TextStyle body)
    {
        _lines.Clear();
        var line = new LineBuilder(fonts, body);
        TextStyle? space = null;
        foreach (var token in tokens)
        {
            switch (token)
            {
                case BreakToken:
                    _lines.Add(line.Build());
                    line = new LineBuilder(fonts, body);
                    space = null;
                    break;
                case SpaceToken spaceToken:
                    space ??= line.IsEmpty ? null : spaceToken.Style;
                    break;
                case WordToken word:
                    line = AddWord(line, word, space, body);
                    space = null;
                    break;
            }
        }

        if (!line.IsEmpty || _lines.Count == 0)
        {
            _lines.Add(line.Build());
        }

        return [.. _lines];
    }

    LineBuilder AddWord(LineBuilder line, WordToken word, TextStyle? space, TextStyle body)
    {
        var width = word.Pieces.Sum(p => fonts.Width(p.Text, p.Style.Font));
        var spaceWidth = space is null ? 0 : fonts.Width(" ", space.Font);
        if (!line.IsEmpty && line.Width + spaceWidth + width > maxWidth + Tolerance)
        {
            if (space is not null)
            {
                line.AddTrailingSpace();
            }

            _lines.Add(line.Build());
            line = new LineBuilder(fonts, body);
        }
        else if (space is not null)
        {
            line.Add(" ", space, spaceWidth);
        }

        if (width <= maxWidth + Tolerance)
        {
            foreach (var piece in word.Pieces)
            {
                line.Add(piece.Text, piece.Style, fonts.Width(piece.Text, piece.Style.Font));
            }

            return line;
        }

        return AddBrokenWord(line, word, body);
    }

    LineBuilder AddBrokenWord(LineBuilder line, WordToken word, TextStyle body)
    {
        foreach (var piece in word.Pieces)
        {
            var elements = StringInfo.GetTextElementEnumerator(piece.Text);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var width = fonts.Width(element, piece.Style.Font);
                if (!line.IsEmpty && line.Width + width > maxWidth + Tolerance)
                {
                    _lines.Add(line.Build());
                    line = new LineBuilder(fonts, body);
                }

                line.Add(element, piece.Style, width);
            }
        }

        return line;
    }
}
