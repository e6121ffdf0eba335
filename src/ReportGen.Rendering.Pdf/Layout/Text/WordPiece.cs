using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// Part of a word in one style ("<b>Red</b>," is two pieces of one word), or a space: <paramref name="Length"/>
/// characters of <paramref name="Source"/> from <paramref name="Start"/>, so no text is copied to find the words.
/// </summary>
/// <param name="Source">The run's text.</param>
/// <param name="Start">Where the piece starts in it.</param>
/// <param name="Length">The piece's length.</param>
/// <param name="Style">How the piece is drawn.</param>
internal readonly record struct WordPiece(string Source, int Start, int Length, TextStyle Style)
{
    /// <summary>The piece's characters.</summary>
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    /// <summary>The piece's text, the run's own string when the piece is the whole run.</summary>
    public string Text => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);
}
