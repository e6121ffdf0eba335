using ReportGen.Composition.Text;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Text;

public sealed class MarkdownBlocksTests
{
    [Test]
    public void Bold_and_italic_become_styled_runs_and_neighbours_merge()
    {
        var paragraph = (Paragraph)MarkdownBlocks.Read("**Red** = *not improved* since Q2")[0];

        Assert.That(paragraph.Content, Is.EqualTo(new Inline[]
        {
            new TextRun("Red", Bold: true),
            new TextRun(" = "),
            new TextRun("not improved", Italic: true),
            new TextRun(" since Q2"),
        }));
    }

    [Test]
    public void Lists_keep_their_kind_and_items()
    {
        var blocks = MarkdownBlocks.Read("1. **Review** Appendix 1\n2. Note Appendix 2\n\n- a\n- b");

        Assert.That(blocks, Has.Count.EqualTo(2));
        var numbered = (ListBlock)blocks[0];
        Assert.That(numbered.Ordered, Is.True);
        Assert.That(numbered.Items, Has.Count.EqualTo(2));
        Assert.That(numbered.Items[0].Content[0], Is.EqualTo(new TextRun("Review", Bold: true)));
        Assert.That(((ListBlock)blocks[1]).Ordered, Is.False);
    }

    [Test]
    public void Soft_line_breaks_are_spaces_and_a_trailing_backslash_is_a_line_break()
    {
        var soft = (Paragraph)MarkdownBlocks.Read("one\ntwo")[0];
        var hard = (Paragraph)MarkdownBlocks.Read("13,143\\\nlast year 12,573")[0];

        Assert.That(soft.Content, Is.EqualTo(new Inline[] { new TextRun("one two") }));
        Assert.That(hard.Content, Is.EqualTo(new Inline[] { new TextRun("13,143"), new LineBreak(), new TextRun("last year 12,573") }));
    }

    [Test]
    public void Links_and_autolinks_keep_their_address()
    {
        var paragraph = (Paragraph)MarkdownBlocks.Read("See [the plan](https://example.org/plan.pdf) or <https://havering.gov.uk>")[0];

        Assert.That(paragraph.Content, Has.Member(new Hyperlink("the plan", "https://example.org/plan.pdf")));
        Assert.That(paragraph.Content, Has.Member(new Hyperlink("https://havering.gov.uk", "https://havering.gov.uk")));
    }

    [Test]
    public void Headings_are_offset_under_the_block_that_holds_them_and_never_deeper_than_four()
    {
        var blocks = MarkdownBlocks.Read("# Part\n\n### Detail", headingOffset: 2);

        Assert.That(blocks.OfType<Heading>().Select(h => h.Level), Is.EqualTo(new[] { 3, 4 }));
    }

    [Test]
    public void Raw_html_is_shown_as_text_not_interpreted()
    {
        var paragraph = (Paragraph)MarkdownBlocks.Read("a <script>x</script> b")[0];

        Assert.That(string.Concat(paragraph.Content.OfType<TextRun>().Select(r => r.Text)), Is.EqualTo("a <script>x</script> b"));
    }

    [Test]
    public void Empty_text_gives_no_blocks() => Assert.That(MarkdownBlocks.Read("  \n "), Is.Empty);

    [Test]
    public void A_lone_code_fence_gives_no_block_rather_than_a_crash()
    {
        // Found by the pipeline's fuzz test: a stray ``` at the end of a commentary section.
        Assert.That(MarkdownBlocks.Read("Text.\n```\n"), Has.Count.EqualTo(1));
    }
}
