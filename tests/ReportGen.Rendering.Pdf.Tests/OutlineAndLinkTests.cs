using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Outline;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>
/// Headings give the PDF's outline (bookmarks: level 1 at the top, level 2 under them, each going to its heading's
/// page), and a link to an anchor is a link annotation going to the page its heading is on.
/// </summary>
public sealed class OutlineAndLinkTests
{
    const int Sheets = 12;
    static readonly byte[] Pdf = Rendered.Bytes(ContentsReport.Create(Sheets));

    [Test]
    public void The_outline_has_the_contents_then_one_entry_per_sheet_going_to_its_heading()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var headings = ContentsReading.HeadingPages(pdf, Sheets);

        Assert.That(pdf.TryGetBookmarks(out var bookmarks), Is.True);
        var roots = bookmarks!.Roots.Cast<DocumentBookmarkNode>().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(roots.Select(r => r.Title), Is.EqualTo(Enumerable.Range(1, Sheets).Select(ContentsReport.Title).Prepend("Contents")));
            Assert.That(roots.Skip(1).Select(r => r.PageNumber), Is.EqualTo(Enumerable.Range(1, Sheets).Select(k => headings[k])));
            Assert.That(roots[0].PageNumber, Is.EqualTo(1));
        }
    }

    [Test]
    public void Each_sheets_level_2_heading_is_an_entry_under_it_on_the_page_it_is_on()
    {
        using var pdf = PdfDocument.Open(Pdf);
        pdf.TryGetBookmarks(out var bookmarks);
        var sheets = bookmarks!.Roots.Skip(1).Cast<DocumentBookmarkNode>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sheets.Select(s => s.Children.Single().Title), Is.EqualTo(Enumerable.Range(1, Sheets).Select(k => $"Analysis {k}")));
            foreach (var child in sheets.Select(s => (DocumentBookmarkNode)s.Children.Single()))
            {
                Assert.That(PageText.Lines(pdf.GetPage(child.PageNumber)), Has.Member(child.Title));
            }

            // A long sheet has its analysis on a later page: the entry follows the heading, not the sheet.
            Assert.That(sheets.Select(s => ((DocumentBookmarkNode)s.Children.Single()).PageNumber - s.PageNumber), Has.Some.GreaterThan(0));
        }
    }

    [Test]
    public void Each_contents_entry_links_to_the_page_its_sheet_starts_on()
    {
        using var pdf = PdfDocument.Open(Pdf);
        var headings = ContentsReading.HeadingPages(pdf, Sheets);
        var contents = pdf.GetPage(1);
        var annotations = contents.GetAnnotations().ToList();

        foreach (var sheet in Enumerable.Range(1, Sheets))
        {
            var title = ContentsReport.Title(sheet);
            var word = contents.GetWords().First(w => w.Text == $"{sheet}." && PageText.Lines(contents).Contains($"{title} {headings[sheet]}"));
            var covering = annotations.Where(a => Covers(a.Rectangle, word.BoundingBox.Centroid)).ToList();
            var line = covering.Select(a => a.Action).OfType<AbstractGoToAction>().Select(a => a.Destination.PageNumber).ToList();
            Assert.That(line, Has.Some.EqualTo(headings[sheet]), $"the link over '{title}'");

            // What a screen reader says for the link: its words, not the anchor's name.
            Assert.That(covering.Select(a => a.Content), Has.Some.StartsWith($"{sheet}.").And.All.Not.Contain("area-").And.All.Not.Contain("sheet-"));
        }
    }

    [Test]
    public void A_link_to_an_anchor_no_heading_has_goes_to_the_first_page()
    {
        var document = Layouts.Document(Orientation.Portrait, Heading.Of(1, "Only"), new Paragraph([new AnchorLink("nowhere", "missing")]));
        using var pdf = PdfDocument.Open(Rendered.Bytes(document));

        var action = pdf.GetPage(1).GetAnnotations().Select(a => a.Action).OfType<AbstractGoToAction>().Single();

        Assert.That(action.Destination.PageNumber, Is.EqualTo(1));
    }

    [Test]
    public void A_document_without_headings_has_no_outline_and_no_dangling_reference_to_one()
    {
        // PDFsharp points the catalog at an outline as soon as it is asked for one, and never writes it if empty.
        var bytes = Rendered.Bytes(Layouts.Document(Orientation.Portrait, Paragraph.Of("Text only.")));
        using var pdf = PdfDocument.Open(bytes);
        var check = Tool.Run("qpdf", "--check", Rendered.File(bytes, "no-outline"));

        Assert.That(pdf.TryGetBookmarks(out _), Is.False);
        Assert.That(check.ExitCode, Is.Zero, check.Output + check.Error);
    }

    static bool Covers(UglyToad.PdfPig.Core.PdfRectangle area, UglyToad.PdfPig.Core.PdfPoint point) =>
        point.X >= area.Left && point.X <= area.Right && point.Y >= area.Bottom && point.Y <= area.Top;
}
