using System.Globalization;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests.Layout;

/// <summary>
/// Page references print the page their anchor's heading is on, read back from the PDF, and the layout runs again
/// until they do, even when a number's width moves the pages.
/// </summary>
public sealed class PageReferencesTests
{
    [TestCase(12, 1)] // twelve sheets, every third over several pages: the numbers go from one digit to two
    [TestCase(4, 79)] // numbering from 79, as a pack appended to committee papers: references follow the furniture's numbers
    public void The_contents_prints_the_page_each_sheet_heading_is_on(int sheets, int firstPageNumber)
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(ContentsReport.Create(sheets, firstPageNumber)));

        var printed = ContentsReading.PrintedPages(pdf);
        var expected = ContentsReading.HeadingPages(pdf, sheets).ToDictionary(p => p.Key, p => p.Value + firstPageNumber - 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(printed.Keys, Is.EquivalentTo(Enumerable.Range(1, sheets)), "a printed page for every sheet");
            Assert.That(printed, Is.EquivalentTo(expected));
            Assert.That(expected.Values, Is.Unique.And.Ordered);
        }
    }

    [Test]
    public void Twelve_sheets_reach_two_digit_pages_with_some_sheets_taking_two()
    {
        // Keeps the case above honest: the numbers do cross from 9 to 10 and do skip pages.
        using var pdf = PdfDocument.Open(Rendered.Bytes(ContentsReport.Create(12)));
        var pages = ContentsReading.HeadingPages(pdf, 12).Values.ToList();

        Assert.That(pages, Has.Some.LessThan(10).And.Some.GreaterThanOrEqualTo(10));
        Assert.That(pages.Zip(pages.Skip(1), (a, b) => b - a), Has.Some.GreaterThan(1));
    }

    [Test]
    public void When_a_numbers_width_moves_the_pages_the_layout_settles_on_numbers_that_are_right()
    {
        var document = WidthSensitiveContents();
        var guessed = AnchorPages(PageReferences.Resolve(document, _ => "?"));

        var pages = Layouts.Paginate(document);
        var settled = DocumentLayout.AnchorPages(pages, 1);
        var filledIn = PageReferences.Resolve(document, anchor => settled[anchor].ToString(CultureInfo.InvariantCulture));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settled, Is.Not.EquivalentTo(guessed), "the first layout put the sheets elsewhere, so one more was needed");
            Assert.That(settled.Values, Has.Some.GreaterThanOrEqualTo(10));
            Assert.That(AnchorPages(filledIn), Is.EquivalentTo(settled), "laid out with the numbers it prints, every sheet stays put");
            Assert.That(Texts(pages), Is.EqualTo(Texts(Layouts.Paginate(filledIn))), "what is drawn is that layout");
        }
    }

    [Test]
    public void A_reference_to_an_anchor_no_heading_has_prints_a_question_mark()
    {
        var pages = Layouts.Paginate(new Paragraph([new TextRun("See page "), new PageReference("nowhere")]));

        Assert.That(string.Join(" ", Layouts.Texts(pages[0]).Select(t => t.Text)), Does.EndWith("page ?"));
    }

    /// <summary>
    /// A contents of paragraphs "lorem … page N" each as long as fits on one line with "?" or a one-digit number but
    /// not with two digits, so the sheets from page 10 on each add a line, and enough sheets that those lines push
    /// the contents onto another page.
    /// </summary>
    static ReportDocument WidthSensitiveContents()
    {
        var prefix = Enumerable.Range(0, 400).Select(j => $"{Layouts.Filler(3)} {new string('i', j)} page ")
            .First(p => Lines(p + "?") == 1 && Lines(p + "9") == 1 && Lines(p + "10") == 2);
        for (var sheets = 20; sheets <= 120; sheets++)
        {
            var document = Contents(prefix, sheets);
            if (!AnchorPages(PageReferences.Resolve(document, _ => "?")).SequenceEqual(AnchorPages(document)))
            {
                return document;
            }
        }

        throw new InvalidOperationException("no number of sheets makes the numbers' width move the pages");
    }

    static ReportDocument Contents(string prefix, int sheets)
    {
        var entries = Enumerable.Range(1, sheets).Select(k => (Block)new Paragraph([new TextRun(prefix), new PageReference("s" + k)]));
        var sheetSections = Enumerable.Range(1, sheets).Select(k => new Section(Orientation.Portrait, new PageFurniture(),
            [new Heading(1, [new TextRun("Sheet " + k)]) { Anchor = "s" + k }, Paragraph.Of(Layouts.Filler(20))]));
        return new ReportDocument(
            new DocumentInfo("Contents", "en-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [.. entries]), .. sheetSections]);
    }

    static int Lines(string text) =>
        Layouts.Paginate(Paragraph.Of(text)).SelectMany(Layouts.Texts).Select(t => t.Baseline).Distinct().Count();

    static IReadOnlyDictionary<string, int> AnchorPages(ReportDocument document) =>
        new SortedDictionary<string, int>(DocumentLayout.AnchorPages(Layouts.Paginate(document), 1).ToDictionary(), StringComparer.Ordinal);

    static IReadOnlyList<string> Texts(IReadOnlyList<LaidOutPage> pages) =>
        [.. pages.Select((page, i) => i + ": " + string.Join(" ", page.Ops.OfType<TextOp>().Select(t => t.Text)))];
}
