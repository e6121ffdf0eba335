using DocumentFormat.OpenXml.Packaging;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>Each document section is a Word section on A4 with its own orientation, header and footer.</summary>
public sealed class SectionLayoutTests
{
    private RenderedDocx _docx = null!;

    [OneTimeSetUp]
    public void Render() => _docx = RenderedDocx.Of(HaveringReport.Create(firstPageNumber: 79, marking: "OFFICIAL"));

    [OneTimeTearDown]
    public void Close() => _docx.Dispose();

    [Test]
    public void Each_section_starts_on_a_new_page()
    {
        var types = _docx.Sections.Select(s => s.GetFirstChild<W.SectionType>()?.Val?.Value);

        Assert.That(types, Is.EqualTo(new W.SectionMarkValues?[] { W.SectionMarkValues.NextPage, W.SectionMarkValues.NextPage }));
    }

    [Test]
    public void The_cover_is_portrait_A4_and_the_appendix_landscape_A4()
    {
        var sizes = _docx.Sections.Select(s => s.GetFirstChild<W.PageSize>()!).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((sizes[0].Width!.Value, sizes[0].Height!.Value), Is.EqualTo((11906u, 16838u)));
            Assert.That(sizes[0].Orient, Is.Null);
            Assert.That((sizes[1].Width!.Value, sizes[1].Height!.Value), Is.EqualTo((16838u, 11906u)));
            Assert.That(sizes[1].Orient!.Value, Is.EqualTo(W.PageOrientationValues.Landscape));
        }
    }

    [Test]
    public void The_first_section_ends_in_its_last_paragraph_and_the_last_closes_the_body()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_docx.Sections[0].Parent, Is.InstanceOf<W.ParagraphProperties>());
            Assert.That(_docx.Body.LastChild, Is.SameAs(_docx.Sections[1]));
        }
    }

    [Test]
    public void Page_numbering_starts_at_the_first_page_number_and_then_continues()
    {
        var starts = _docx.Sections.Select(s => s.GetFirstChild<W.PageNumberType>()?.Start?.Value);

        Assert.That(starts, Is.EqualTo(new int?[] { 79, null }));
    }

    [Test]
    public void Each_section_has_its_own_header_with_the_marking_centred_above_the_running_header()
    {
        var headers = _docx.Sections.Select(s => Part<HeaderPart>(s.GetFirstChild<W.HeaderReference>()!.Id!).Header!).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(headers, Has.Count.EqualTo(2));
            foreach (var header in headers)
            {
                var paragraphs = header.Elements<W.Paragraph>().ToList();
                Assert.That(RenderedDocx.TextOf(paragraphs[0]), Is.EqualTo("OFFICIAL"));
                Assert.That(paragraphs[0].ParagraphProperties!.Justification!.Val!.Value, Is.EqualTo(W.JustificationValues.Center));
                Assert.That(RenderedDocx.TextOf(paragraphs[1]), Is.EqualTo(HaveringReport.Committee));
            }
        }
    }

    [Test]
    public void Each_footer_has_its_text_left_the_page_number_right_and_the_marking_below()
    {
        var footers = _docx.Sections.Select(s => Part<FooterPart>(s.GetFirstChild<W.FooterReference>()!.Id!).Footer!).ToList();
        var lines = footers.Select(f => f.Elements<W.Paragraph>().ToList()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(FieldText.Of(lines[0][0].Elements<W.Run>()), Is.EqualTo(HaveringReport.Title + "\tPage {PAGE} of {PAGEREF _LastPage}"));
            Assert.That(FieldText.Of(lines[1][0].Elements<W.Run>()), Is.EqualTo("Appendix 1: " + HaveringReport.Title + "\tPage {PAGE} of {PAGEREF _LastPage}"));
            Assert.That(lines[1][0].ParagraphProperties!.Tabs!.GetFirstChild<W.TabStop>()!.Position!.Value, Is.EqualTo(16838 - (2 * 850)), "the number sits at the landscape text's right edge");
            Assert.That(RenderedDocx.TextOf(lines[0][1]), Is.EqualTo("OFFICIAL"));
        }
    }

    [Test]
    public void The_bookmark_the_page_count_refers_to_is_at_the_end_of_the_document()
    {
        var bookmark = _docx.Body.Descendants<W.BookmarkStart>().Single(b => b.Name == "_LastPage");
        var lastParagraph = _docx.Body.Elements<W.Paragraph>().Last();

        Assert.That(bookmark.Parent, Is.SameAs(lastParagraph));
    }

    [Test]
    public void Numbering_from_1_needs_no_bookmark()
    {
        using var docx = RenderedDocx.Of(HaveringReport.Create());

        Assert.That(docx.Body.Descendants<W.BookmarkStart>(), Is.Empty);
    }

    private T Part<T>(string id)
        where T : OpenXmlPart => (T)_docx.Main.GetPartById(id);
}
