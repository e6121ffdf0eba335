using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>
/// A link whose text wraps onto more lines is one link: one Link element and one annotation whose quadrilaterals
/// cover each line's part, with the whole text in its description; links to other places stay apart.
/// </summary>
public sealed class WrappedLinkTests
{
    const string Url = "https://www.example.gov.uk/documents/council-and-democracy/corporate-plan/corporate-performance-report-quarter-three-2016-17.pdf";

    [Test]
    public void A_url_that_wraps_is_one_annotation_with_a_quadrilateral_per_line()
    {
        var document = Layouts.Document(Orientation.Portrait, Heading.Of(1, "Links"), new Paragraph([new TextRun("See "), new Hyperlink(Url, Url), new TextRun(" for more.")]));
        var bytes = Rendered.Bytes(document);
        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(1);
        var lines = PageText.Lines(page).Where(l => l.Contains("example", StringComparison.Ordinal) || l.Contains(".pdf", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(2), "the address wraps");

        var annotation = page.GetAnnotations().Single();
        Assert.That(annotation.Content, Is.EqualTo($"{Url} ({Url})"));
        Assert.That(annotation.AnnotationDictionary.TryGet(NameToken.Create("QuadPoints"), out var quads) && quads is ArrayToken array ? array.Length : 0,
            Is.EqualTo(8 * lines.Count), "eight numbers per line");
        foreach (var word in page.GetWords().Where(w => w.Text.Contains("example", StringComparison.Ordinal) || w.Text.EndsWith(".pdf", StringComparison.Ordinal)))
        {
            var c = word.BoundingBox.Centroid;
            Assert.That(c.X >= annotation.Rectangle.Left && c.X <= annotation.Rectangle.Right && c.Y >= annotation.Rectangle.Bottom && c.Y <= annotation.Rectangle.Top, Is.True, $"'{word.Text}' is inside the link");
        }

        var tree = StructureTree.Read(pdf);
        Assert.That(tree.All("Link").Count(), Is.EqualTo(1));
    }

    [Test]
    public void Two_links_to_different_places_side_by_side_stay_two()
    {
        var document = Layouts.Document(Orientation.Portrait, new Paragraph([new Hyperlink("one", "https://example.org/1"), new Hyperlink("two", "https://example.org/2")]));
        using var pdf = PdfDocument.Open(Rendered.Bytes(document));
        var annotations = pdf.GetPage(1).GetAnnotations().ToList();
        Assert.That(annotations.Select(a => a.Content), Is.EqualTo(new[] { "one (https://example.org/1)", "two (https://example.org/2)" }));
        Assert.That(annotations.Select(a => a.AnnotationDictionary.ContainsKey(NameToken.Create("QuadPoints"))), Has.All.False);
        Assert.That(StructureTree.Read(pdf).All("Link").Count(), Is.EqualTo(2));
    }
}
