using System.Globalization;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// Fills lines word by word up to a width. A word wider than a whole line is broken between characters.
/// </summary>
internal sealed class LineBreaker(WordWidths widths)
{
    // Rounding in width sums must not push a word that exactly fits onto the next line.
    const double Tolerance = 0.01;

    readonly List<TextLine> _lines = [];
    readonly LineBuilder _line = new(widths);
    double _maxWidth;
    CellAlignment _alignment;

    /// <summary>
    /// The lines of <paramref name="tokens"/>, at most <paramref name="maxWidth"/> wide and aligned within it;
    /// always at least one.
    /// </summary>
    public IReadOnlyList<TextLine> Break(InlineTokens tokens, TextStyle body, double maxWidth, CellAlignment alignment = CellAlignment.Left)
    {
        (_maxWidth, _alignment) = (maxWidth, alignment);
        _lines.Clear();
        var line = _line;
        line.Start(body);
        WordPiece? space = null;
        foreach (var token in tokens.Tokens)
        {
            switch (token.Kind)
            {
                case InlineTokenKind.Break:
                    EndLine(line);
                    space = null;
                    break;
                case InlineTokenKind.Space:
                    space ??= line.IsEmpty ? null : tokens.Pieces(token)[0];
                    break;
                case InlineTokenKind.Word:
                    AddWord(line, tokens.Pieces(token), space);
                    space = null;
                    break;
            }
        }

        if (!line.IsEmpty || _lines.Count == 0)
        {
            EndLine(line);
        }

        return [.. _lines];
    }

    void AddWord(LineBuilder line, ReadOnlySpan<WordPiece> word, WordPiece? space)
    {
        var width = 0.0;
        foreach (var piece in word)
        {
            width += widths.Width(piece.Span, piece.Style.Font);
        }

        var spaceWidth = space is { } s ? widths.Width(" ", s.Style.Font) : 0;
        if (!line.IsEmpty && line.Width + spaceWidth + width > _maxWidth + Tolerance)
        {
            if (space is { } trailing)
            {
                line.AddTrailingSpace(trailing);
            }

            EndLine(line);
        }
        else if (space is { } between)
        {
            line.AddSpace(between, spaceWidth);
        }

        if (width <= _maxWidth + Tolerance)
        {
            if (word.Length == 1)
            {
                line.Add(word[0], width); // the sum of one width is that width
                return;
            }

            foreach (var piece in word)
            {
                line.Add(piece, widths.Width(piece.Span, piece.Style.Font));
            }

            return;
        }

        AddBrokenWord(line, word);
    }

    void AddBrokenWord(LineBuilder line, ReadOnlySpan<WordPiece> word)
    {
        foreach (var piece in word)
        {
            var text = piece.Span;
            for (var at = 0; at < text.Length;)
            {
                var length = StringInfo.GetNextTextElementLength(text[at..]);
                var width = widths.Width(text.Slice(at, length), piece.Style.Font);
                if (!line.IsEmpty && line.Width + width > _maxWidth + Tolerance)
                {
                    EndLine(line);
                }

                line.Add(piece.Source, piece.Start + at, length, piece.Style, width);
                at += length;
            }
        }
    }

    void EndLine(LineBuilder line) => _lines.Add(line.Build(Indent(line.Width)));

    // Where an aligned line starts: numbers in a right-aligned column end at the cell's edge.
    double Indent(double width) => _alignment switch
    {
        CellAlignment.Center => Math.Max(0, (_maxWidth - width) / 2),
        CellAlignment.Right => Math.Max(0, _maxWidth - width),
        _ => 0,
    };
}
