using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>What a reader sees on each page: headings, figures, running headers and footers, page numbers.</summary>
public sealed class PageTextTests
{
    byte[] _pdf = [];

    [OneTimeSetUp]
    public void RenderOnce() => _pdf = Rendered.Bytes(HaveringReport.Document());

    [Test]
    public void The_cover_page_shows_the_title_form_headings_and_figures()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var text = PageText.Of(pdf.GetPage(1));

        Assert.That(text, Does.Contain("CRIME & DISORDER SUB-COMMITTEE"));
        Assert.That(text, Does.Contain("Subject Heading: Corporate Performance Report: Quarter 3 (2016/17)"));
        Assert.That(text, Does.Contain("CMT Lead: Sarah Homer (Interim Chief Operating Officer)"));
        Assert.That(text, Does.Contain("SUMMARY"));
        Assert.That(text, Does.Contain("RECOMMENDATIONS"));
        Assert.That(text, Does.Contain("13,143"));
        Assert.That(text, Does.Contain("(28.8%)"));
    }

    [Test]
    public void List_items_are_drawn_with_their_bullets_and_numbers()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var lines = PageText.Lines(pdf.GetPage(1));

        Assert.That(lines, Has.Some.StartsWith("\u2022 Red = more than the 'target tolerance'"));
        Assert.That(lines, Has.Some.StartsWith("\u2022 Green = on or within"));
        Assert.That(lines, Has.Some.StartsWith("1. Review the levels of performance"));
        Assert.That(lines, Has.Some.StartsWith("2. Note the content"));
    }

    [Test]
    public void Direction_arrows_survive_as_text()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var text = PageText.Of(pdf.GetPage(1));

        Assert.That(text, Does.Contain("green arrow (\u2191)"));
        Assert.That(text, Does.Contain("red arrow (\u2193)"));
        Assert.That(text, Does.Contain("amber arrow (\u2192)"));
    }

    // 1 is the usual case; 79 continues an agenda pack's numbering, so both the page and the total shift.
    [TestCase(1)]
    [TestCase(79)]
    public void Every_page_is_numbered_from_the_first_page_number(int first)
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(HaveringReport.Document(firstPageNumber: first)));
        var last = first + pdf.NumberOfPages - 1;

        Assert.That(pdf.NumberOfPages, Is.GreaterThan(3));
        foreach (var page in pdf.GetPages())
        {
            var footer = PageText.Lines(page)[^1];
            Assert.That(footer, Does.EndWith($"Page {first + page.Number - 1} of {last}"), $"page {page.Number}");
        }
    }

    [Test]
    public void Every_page_carries_its_sections_running_header_and_footer()
    {
        using var pdf = PdfDocument.Open(_pdf);

        foreach (var page in pdf.GetPages())
        {
            var lines = PageText.Lines(page);
            var landscape = page.Width > page.Height;
            Assert.That(lines[0], Does.StartWith(HaveringReport.Committee), $"page {page.Number}");
            Assert.That(lines[^1], Does.StartWith(landscape ? "Appendix 1: Corporate Performance Indicators" : HaveringReport.Title), $"page {page.Number}");
        }
    }

    [Test]
    public void The_protective_marking_is_centred_at_the_top_and_bottom_of_the_sections_pages_that_have_one()
    {
        using var pdf = PdfDocument.Open(_pdf);

        foreach (var page in pdf.GetPages())
        {
            var markings = PageText.Words(page, "OFFICIAL");
            if (page.Width < page.Height)
            {
                Assert.That(markings, Is.Empty, $"the cover has no marking (page {page.Number})");
                continue;
            }

            Assert.That(markings, Has.Count.EqualTo(2), $"page {page.Number}");
            foreach (var marking in markings)
            {
                Assert.That(marking.BoundingBox.Centroid.X, Is.EqualTo(page.Width / 2).Within(1));
            }
        }
    }

    [Test]
    public void The_link_is_blue_text_with_a_uri_annotation_over_it()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var page = pdf.GetPages().First(p => PageText.Of(p).Contains("BACKGROUND PAPERS"));
        var link = page.GetWords().First(w => w.Text.StartsWith("https://www.havering.gov.uk", StringComparison.Ordinal));
        var annotations = page.GetAnnotations().ToList();

        Assert.That(link.Letters[0].Color.ToRGBValues(), Is.EqualTo((0x1D / 255.0, 0x70 / 255.0, 0xB8 / 255.0)).Using<(double, double, double)>(Close));
        Assert.That(annotations, Is.Not.Empty);
        Assert.That(annotations.Any(a => Covers(a.Rectangle, link.BoundingBox.Centroid)), Is.True, "an annotation covers the link text");
        Assert.That(annotations.Select(a => (a.Action as UglyToad.PdfPig.Actions.UriAction)?.Uri ?? ""), Has.Some.Contains("Corporate%20Plan%20201617.pdf"));
    }

    static bool Covers(UglyToad.PdfPig.Core.PdfRectangle area, UglyToad.PdfPig.Core.PdfPoint point) =>
        point.X >= area.Left && point.X <= area.Right && point.Y >= area.Bottom && point.Y <= area.Top;

    static bool Close((double R, double G, double B) a, (double R, double G, double B) b) =>
        Math.Abs(a.R - b.R) < 0.01 && Math.Abs(a.G - b.G) < 0.01 && Math.Abs(a.B - b.B) < 0.01;
}
