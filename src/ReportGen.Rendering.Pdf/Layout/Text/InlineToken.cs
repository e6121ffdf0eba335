namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>What an <see cref="InlineToken"/> is.</summary>
internal enum InlineTokenKind
{
    /// <summary>A word: text between spaces, possibly in several styles; lines break only around it.</summary>
    Word,

    /// <summary>A break opportunity that is drawn as a space when the line does not break there.</summary>
    Space,

    /// <summary>A forced line break.</summary>
    Break,
}

/// <summary>
/// A unit of inline content for line breaking: a word, a space or a forced line break. A value, kept in an
/// <see cref="InlineTokens"/> list, which also holds the words' pieces.
/// </summary>
/// <param name="Kind">Word, space or break.</param>
/// <param name="First">For a word, the index of its first piece; for a space, the piece that is the space itself.</param>
/// <param name="Count">For a word, how many pieces it has; 1 for a space; 0 for a break.</param>
internal readonly record struct InlineToken(InlineTokenKind Kind, int First, int Count);
