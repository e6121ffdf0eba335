namespace ReportGen.Documents.Model;

/// <summary>
/// The number of the page an anchor (<see cref="Heading.Anchor"/>) is on, as the page furniture numbers pages (so
/// it honours <see cref="ReportDocument.FirstPageNumber"/>): a contents page's "Page" column. Renderers fill it in
/// after laying the pages out (PDF), or as a field the word processor keeps up to date (Word's PAGEREF).
/// </summary>
/// <param name="Anchor">The anchor's name.</param>
/// <param name="Bold">Bold.</param>
public sealed record PageReference(string Anchor, bool Bold = false) : Inline;
