using System.Runtime.InteropServices;

namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>
/// The tokens of a piece of inline content and the pieces of text they are made of. One list serves paragraph after
/// paragraph (<see cref="Clear"/>), so splitting text into words allocates nothing per word.
/// </summary>
internal sealed class InlineTokens
{
    readonly List<InlineToken> _tokens = [];
    readonly List<WordPiece> _pieces = [];

    // Where the pieces of the word being collected start.
    int _wordStart;

    /// <summary>The tokens, in reading order.</summary>
    public ReadOnlySpan<InlineToken> Tokens => CollectionsMarshal.AsSpan(_tokens);

    /// <summary>The pieces of <paramref name="token"/>: a word's pieces, or a space's one, or none for a break.</summary>
    public ReadOnlySpan<WordPiece> Pieces(InlineToken token) => CollectionsMarshal.AsSpan(_pieces).Slice(token.First, token.Count);

    /// <summary>Empties the list for the next piece of content.</summary>
    public void Clear()
    {
        _tokens.Clear();
        _pieces.Clear();
        _wordStart = 0;
    }

    /// <summary>Adds a piece to the word being collected.</summary>
    public void AddPiece(WordPiece piece) => _pieces.Add(piece);

    /// <summary>Ends the word being collected, if it has any piece.</summary>
    public void EndWord()
    {
        if (_pieces.Count > _wordStart)
        {
            _tokens.Add(new InlineToken(InlineTokenKind.Word, _wordStart, _pieces.Count - _wordStart));
            _wordStart = _pieces.Count;
        }
    }

    /// <summary>Ends the word being collected and adds a space, <paramref name="space"/> being the character itself.</summary>
    public void AddSpace(WordPiece space)
    {
        EndWord();
        _tokens.Add(new InlineToken(InlineTokenKind.Space, _pieces.Count, 1));
        _pieces.Add(space);
        _wordStart = _pieces.Count;
    }

    /// <summary>Ends the word being collected and adds a forced line break.</summary>
    public void AddBreak()
    {
        EndWord();
        _tokens.Add(new InlineToken(InlineTokenKind.Break, _pieces.Count, 0));
    }
}
