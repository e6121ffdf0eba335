namespace ReportGen.Rendering.Pdf.Layout.Text;

/// <summary>A word: text between spaces, possibly in several styles; lines break only around it.</summary>
internal sealed record WordToken(IReadOnlyList<WordPiece> Pieces) : InlineToken;
