using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>How the appendix's long indicator table runs over landscape pages.</summary>
public sealed class TablePaginationTests
{
    const int Rows = 40;
    byte[] _pdf = [];

    [OneTimeSetUp]
    public void RenderOnce() => _pdf = Rendered.Bytes(HaveringReport.Document(indicatorRows: Rows));

    [Test]
    public void The_cover_is_portrait_A4_and_the_appendix_landscape_A4()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var pages = pdf.GetPages().ToList();
        var appendixStart = pages.FindIndex(p => PageText.Of(p).Contains("Appendix 1: Crime & Disorder indicators"));

        Assert.That(appendixStart, Is.GreaterThan(0));
        Assert.That(pages.Take(appendixStart).Select(p => (p.Width, p.Height)), Is.All.EqualTo((595.0, 842.0)));
        Assert.That(pages.Skip(appendixStart).Select(p => (p.Width, p.Height)), Is.All.EqualTo((842.0, 595.0)));
    }

    [Test]
    public void The_table_runs_over_several_pages()
    {
        using var pdf = PdfDocument.Open(_pdf);

        Assert.That(TablePages(pdf), Has.Count.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void The_header_row_is_at_the_top_of_every_page_the_table_spans()
    {
        using var pdf = PdfDocument.Open(_pdf);

        foreach (var page in TablePages(pdf))
        {
            // Header text is white on the header fill; the same words in black elsewhere are not the header.
            var headers = IndicatorTable.HeaderTexts
                .Select(h => PageText.Words(page, h.Split(' ')[0]).Where(w => w.Letters[0].Color.ToRGBValues() == (1.0, 1.0, 1.0)).ToList())
                .ToList();
            Assert.That(headers, Has.All.Not.Empty, $"every header appears on page {page.Number}");

            var headerBottom = headers.SelectMany(w => w).Min(w => w.BoundingBox.Bottom);
            var firstRowTop = page.GetWords().Where(w => w.Text.StartsWith("CSP-", StringComparison.Ordinal)).Max(w => w.BoundingBox.Top);
            Assert.That(headerBottom, Is.GreaterThan(firstRowTop), $"the header is above the rows on page {page.Number}");
        }
    }

    [Test]
    public void No_row_is_split_across_pages()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var pages = TablePages(pdf);

        for (var row = 1; row <= Rows; row++)
        {
            var reference = IndicatorTable.Reference(row);
            var first = pages.Where(p => PageText.Words(p, reference).Count > 0).Select(p => p.Number).ToList();
            var last = pages.Where(p => PageText.Words(p, $"({reference})").Count > 0).Select(p => p.Number).ToList();

            Assert.That(first, Has.Count.EqualTo(1), $"{reference}'s first line is on one page");
            Assert.That(last, Is.EqualTo(first), $"{reference}'s last line is on the page of its first");
        }
    }

    [Test]
    public void The_group_heading_row_is_on_the_page_of_the_first_row_of_its_group()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var page = pdf.GetPages().Single(p => PageText.Of(p).Contains("SAFE: People will be safe"));

        Assert.That(PageText.Words(page, IndicatorTable.Reference(1)), Is.Not.Empty);
    }

    [Test]
    public void RAG_cells_say_what_their_colour_means_in_readable_text()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var words = TablePages(pdf).SelectMany(p => p.GetWords()).ToList();

        Assert.That(words.Where(w => w.Text == "Red").Select(w => w.Letters[0].Color.ToRGBValues()), Has.All.EqualTo((1.0, 1.0, 1.0)));
        Assert.That(words.Where(w => w.Text == "Green").Select(w => w.Letters[0].Color.ToRGBValues()), Has.All.EqualTo((1.0, 1.0, 1.0)));
        Assert.That(words.Where(w => w.Text == "Amber").Select(w => w.Letters[0].Color.ToRGBValues()), Has.All.EqualTo((0.0, 0.0, 0.0)));
        Assert.That(words.Count(w => w.Text is "Red" or "Green" or "Amber"), Is.EqualTo(Rows));
    }

    [Test]
    public void Direction_arrows_are_drawn_in_their_colour_beside_their_words()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var page = TablePages(pdf)[0];
        var lines = PageText.Lines(page);
        var better = page.GetWords().First(w => w.Text == "\u2191");

        Assert.That(lines, Has.Some.Contains("\u2191 Better"));
        Assert.That(lines, Has.Some.Contains("\u2193 Worse"));
        Assert.That(better.Letters[0].Color.ToRGBValues().g, Is.EqualTo(0x70 / 255.0).Within(0.01));
    }

    static List<Page> TablePages(PdfDocument pdf) =>
        [.. pdf.GetPages().Where(p => p.GetWords().Any(w => w.Text.StartsWith("CSP-", StringComparison.Ordinal)))];
}
