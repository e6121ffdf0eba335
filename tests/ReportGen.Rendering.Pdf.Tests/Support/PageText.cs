using UglyToad.PdfPig.Content;

namespace ReportGen.Rendering.Pdf.Tests.Support;

/// <summary>
/// A page's text as lines read top to bottom, each line's words left to right, grouped by baseline: the way a
/// reader sees it, independent of the order the words were drawn in.
/// </summary>
internal static class PageText
{
    public static IReadOnlyList<string> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    public static string Of(Page page) => string.Join("\n", Lines(page));

    /// <summary>The words of <paramref name="page"/> whose text is exactly <paramref name="text"/>.</summary>
    public static IReadOnlyList<Word> Words(Page page, string text) => [.. page.GetWords().Where(w => w.Text == text)];
}
