namespace ReportGen.Documents.Model;

/// <summary>
/// What is printed on every page of a section, outside the content (PDF artifacts, Word headers and footers).
/// </summary>
/// <param name="HeaderText">Running header, left-aligned (the committee's name).</param>
/// <param name="FooterText">Footer text, left-aligned (the report's name).</param>
/// <param name="PageNumberFormat">
/// The page number, right-aligned in the footer: <c>{page}</c> is the page's number and <c>{pages}</c> the
/// number of the last page, so <c>Page {page} of {pages}</c> gives "Page 3 of 9". Empty for none.
/// See <see cref="ReportDocument.PageNumberText"/>.
/// </param>
/// <param name="Marking">A protective marking centred at the top and bottom of every page, if any.</param>
public sealed record PageFurniture(
    string? HeaderText = null,
    string? FooterText = null,
    string PageNumberFormat = "Page {page} of {pages}",
    string? Marking = null)
{
    /// <summary>
    /// A word printed large and pale across every page, behind the content (<c>DRAFT</c> on a pack not yet
    /// cleared); none by default. Furniture, so a screen reader does not read it on every page.
    /// </summary>
    public string? Watermark { get; init; }
}
