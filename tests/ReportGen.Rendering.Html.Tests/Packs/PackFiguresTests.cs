using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ReportGen.Rendering.Html.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Html.Tests.Packs;

/// <summary>
/// Every built-in pack builds to HTML, and its figures are the PDF's: every figure (a number as the packs show them,
/// such as <c>13,143</c>, <c>4.5%</c> or <c>66.7%</c>) of the PDF's pages, tables and charts is in the HTML page and
/// none other, the PDF's page furniture aside.
/// </summary>
public sealed partial class PackFiguresTests
{
    private static IEnumerable<string> Packs() => BuiltPacks.Names;

    [TestCaseSource(nameof(Packs))]
    public void The_html_shows_the_same_figures_as_the_pdf(string name)
    {
        var pack = BuiltPacks.Get(name);
        var pdf = Figures(PageNumbers().Replace(PdfText(pack.Pdf), " "));
        var html = Figures(HtmlText(pack.Html));
        Assert.That(pdf, Has.Count.GreaterThan(20), "a pack's worth of figures (the two-page Maidstone appendix has 23)");
        Assert.That(html.Except(pdf), Is.Empty, "figures in the HTML that the PDF does not show");
        Assert.That(pdf.Except(html), Is.Empty, "figures of the PDF missing from the HTML");
    }

    [TestCase("havering", "13,143")]
    [TestCase("havering", "66.7%")]
    [TestCase("city-of-london", "1,514")]
    [TestCase("mopac", "Overall victim satisfaction")]
    public void A_key_figure_of_the_pack_is_in_its_html(string name, string figure)
    {
        Assert.That(HtmlText(BuiltPacks.Get(name).Html), Does.Contain(figure));
        Assert.That(PdfText(BuiltPacks.Get(name).Pdf), Does.Contain(figure), "and in its PDF");
    }

    [TestCaseSource(nameof(Packs))]
    public void The_html_s_main_headings_and_contents_list_are_the_pdf_s_outline_in_order(string name)
    {
        var pack = BuiltPacks.Get(name);
        using var pdf = PdfDocument.Open(pack.Pdf);
        Assert.That(pdf.TryGetBookmarks(out var bookmarks), Is.True, "the PDF has an outline");
        var outline = Flatten(bookmarks!.Roots).ToList();
        var html = Rendered.Parse(File.ReadAllText(pack.Html));
        var headings = html.QuerySelectorAll("main h1, main h2").Select(h => Spaced(h.TextContent)).Where(h => h.Length > 0);
        Assert.That(headings, Is.EqualTo(outline));
        Assert.That(html.QuerySelectorAll("nav a").Select(a => Spaced(a.TextContent)), Is.EqualTo(outline));
        Assert.That(outline, Has.Count.GreaterThan(2));
    }

    private static IEnumerable<string> Flatten(IEnumerable<UglyToad.PdfPig.Outline.BookmarkNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(Spaced(n.Title)));

    private static string Spaced(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static HashSet<string> Figures(string text) => [.. Figure().Matches(text).Select(m => m.Value)];

    /// <summary>
    /// The words of every PDF page, one space apart, without the words of links: a web address wrapped over two lines
    /// can leave digits at a line's start ("…%20201" then "617.pdf") that are no figure.
    /// </summary>
    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join(" ", pdf.GetPages().SelectMany(WordsOutsideLinks).Select(w => w.Text));
    }

    private static IEnumerable<UglyToad.PdfPig.Content.Word> WordsOutsideLinks(UglyToad.PdfPig.Content.Page page)
    {
        var links = page.GetAnnotations()
            .Where(a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Link)
            .Select(a => a.Rectangle)
            .ToList();
        return page.GetWords().Where(w => !links.Any(link => Inside(w.BoundingBox.Centroid, link)));
    }

    private static bool Inside(UglyToad.PdfPig.Core.PdfPoint point, UglyToad.PdfPig.Core.PdfRectangle area) =>
        point.X >= area.Left && point.X <= area.Right && point.Y >= area.Bottom && point.Y <= area.Top;

    /// <summary>The text a reader sees on the page (not the contents list, which repeats the headings), one space between pieces.</summary>
    private static string HtmlText(string path)
    {
        var html = Rendered.Parse(File.ReadAllText(path));
        var parts = new[] { "body > header", "main", "body > footer" }.Select(html.QuerySelector).OfType<IElement>();
        return string.Join(" ", parts.SelectMany(p => p.Descendants<IText>()).Select(t => t.Data));
    }

    // A figure as the packs show them: digits grouped in threes by commas, decimals, a percent sign; not part of a word,
    // date or address.
    [GeneratedRegex(@"(?<![\w/.%,-])\d{1,3}(?:,\d{3})*(?:\.\d+)?%?(?![\w/%])", RegexOptions.None, 1000)]
    private static partial Regex Figure();

    [GeneratedRegex(@"Page \d+ of \d+", RegexOptions.None, 1000)]
    private static partial Regex PageNumbers();
}
