namespace ReportGen.Documents.Model;

/// <summary>
/// A link inside the document: the text is shown as a link, and following it goes to the anchor
/// (<see cref="Heading.Anchor"/>): a PDF link annotation, a Word hyperlink to a bookmark.
/// </summary>
/// <param name="Text">The visible text.</param>
/// <param name="Anchor">The anchor's name.</param>
/// <param name="Bold">Bold.</param>
public sealed record AnchorLink(string Text, string Anchor, bool Bold = false) : Inline;
