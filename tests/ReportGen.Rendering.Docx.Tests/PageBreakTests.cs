using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>A page break moves the next block to a new page without leaving an empty line at its top.</summary>
public sealed class PageBreakTests
{
    [Test]
    public void The_paragraph_after_a_break_starts_a_new_page()
    {
        using var docx = Render([Paragraph.Of("before"), new PageBreak(), Paragraph.Of("after")]);
        var paragraphs = docx.Body.Elements<W.Paragraph>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(paragraphs.Select(RenderedDocx.TextOf), Is.EqualTo(new[] { "before", "after" }), "no empty paragraph for the break");
            Assert.That(paragraphs[1].ParagraphProperties?.PageBreakBefore, Is.Not.Null);
            Assert.That(paragraphs[0].ParagraphProperties?.PageBreakBefore, Is.Null);
        }
    }

    [Test]
    public void A_table_after_a_break_starts_a_new_page_with_its_first_cell()
    {
        var table = new Table("t", [new TableColumn(1)], [new TableRow([new TableCell([Paragraph.Of("head")], IsHeader: true)])], []);
        using var docx = Render([Paragraph.Of("before"), new PageBreak(), table]);
        var firstCellParagraph = docx.Tables[0].Descendants<W.Paragraph>().First();

        Assert.That(firstCellParagraph.ParagraphProperties!.PageBreakBefore, Is.Not.Null);
    }

    [Test]
    public void A_table_in_a_cell_is_a_composition_bug()
    {
        var inner = new Table("inner", [new TableColumn(1)], [], []);
        var outer = new Table("outer", [new TableColumn(1)], [], [new TableRow([new TableCell([inner])])]);

        Assert.That(() => RenderedDocx.Render(Document([outer])), Throws.ArgumentException.With.Message.Contains("paragraphs and lists only"));
    }

    private static RenderedDocx Render(IReadOnlyList<Block> blocks) => RenderedDocx.Of(Document(blocks));

    private static ReportDocument Document(IReadOnlyList<Block> blocks) => new(
        new DocumentInfo("Breaks", "en-GB"),
        DocumentStyle.Default,
        [new Section(Orientation.Portrait, new PageFurniture(), blocks)]);
}
