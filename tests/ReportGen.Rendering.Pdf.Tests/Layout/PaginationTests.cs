using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Tests.Support;

namespace ReportGen.Rendering.Pdf.Tests.Layout;

/// <summary>Where page breaks fall between and inside blocks.</summary>
public sealed class PaginationTests
{
    [Test]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        // However much text comes before it, the heading shares its page with the start of the next paragraph.
        for (var filler = 0; filler < 70; filler++)
        {
            var blocks = Enumerable.Range(0, filler).Select(i => (Block)Paragraph.Of($"Filler paragraph {i}."))
                .Append(Heading.Of(2, "THE HEADING"))
                .Append(Paragraph.Of("FOLLOWING " + Layouts.Filler(60)))
                .ToArray();
            var pages = Layouts.Paginate(blocks);

            Assert.That(Layouts.PageOf(pages, "THE HEADING"), Is.EqualTo(Layouts.PageOf(pages, "FOLLOWING")), $"{filler} paragraphs before");
        }
    }

    [Test]
    public void A_page_break_inside_a_paragraph_leaves_at_least_two_of_its_lines_on_each_page()
    {
        for (var filler = 0; filler < 60; filler++)
        {
            var blocks = Enumerable.Range(0, filler).Select(i => (Block)Paragraph.Of($"Filler paragraph {i}."))
                .Append(Paragraph.Of(Layouts.Filler(150, "split")))
                .ToArray();
            var pages = Layouts.Paginate(blocks);
            var linesPerPage = pages.Select(p => Layouts.Texts(p).Count(t => t.Text.Contains("split", StringComparison.Ordinal)))
                .Where(n => n > 0)
                .ToList();

            Assert.That(linesPerPage, Has.All.GreaterThanOrEqualTo(2), $"{filler} paragraphs before");
        }
    }

    [Test]
    public void A_page_break_starts_a_new_page_but_never_makes_a_blank_one()
    {
        Assert.That(Layouts.Paginate(Paragraph.Of("one"), new PageBreak(), Paragraph.Of("two")), Has.Count.EqualTo(2));
        Assert.That(Layouts.Paginate(new PageBreak(), Paragraph.Of("one")), Has.Count.EqualTo(1), "nothing precedes it");
        Assert.That(Layouts.Paginate(Paragraph.Of("one"), new PageBreak(), new PageBreak(), Paragraph.Of("two")), Has.Count.EqualTo(2));
    }

    [Test]
    public void Each_section_starts_a_new_page_in_its_own_orientation()
    {
        var document = new ReportDocument(
            new DocumentInfo("Sections", "en-GB"),
            DocumentStyle.Default,
            [
                new Section(Orientation.Portrait, new PageFurniture(), [Paragraph.Of("cover")]),
                new Section(Orientation.Landscape, new PageFurniture(), [Paragraph.Of("appendix")]),
            ]);
        var pages = Layouts.Paginate(document);

        Assert.That(pages.Select(p => (p.Geometry.Width, p.Geometry.Height)), Is.EqualTo(new[] { (595.0, 842.0), (842.0, 595.0) }));
    }

    [Test]
    public void Content_stays_inside_the_text_area()
    {
        var pages = Layouts.Paginate(Fixtures.HaveringReport.Document());

        foreach (var page in pages)
        {
            var g = page.Geometry;
            Assert.That(page.Ops.OfType<TextOp>().Select(t => t.Baseline), Has.All.InRange(g.ContentTop, g.ContentBottom));
            Assert.That(page.Ops.OfType<RectOp>().Select(r => r.Y + r.Height), Has.All.LessThanOrEqualTo(g.ContentBottom + 0.01));
            Assert.That(page.Ops.OfType<RectOp>().Select(r => r.X + r.Width), Has.All.LessThanOrEqualTo(g.ContentRight + 0.01));
        }
    }

    [Test]
    public void Every_tag_and_artifact_that_is_begun_is_ended_in_order()
    {
        var depth = 0;
        foreach (var op in Layouts.Paginate(Fixtures.HaveringReport.Document()).SelectMany(p => p.Ops))
        {
            depth += op switch { EndMarkOp => -1, MarkOp => 1, _ => 0 };
            Assert.That(depth, Is.GreaterThanOrEqualTo(0));
        }

        Assert.That(depth, Is.Zero);
    }
}
