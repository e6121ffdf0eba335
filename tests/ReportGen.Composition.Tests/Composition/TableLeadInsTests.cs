using ReportGen.Composition;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Composition;

/// <summary>A paragraph between a heading and a table is kept with the table; no other paragraph is.</summary>
public sealed class TableLeadInsTests
{
    private static readonly Heading Title = new(3, [new TextRun("Q3 2016/17 RAG Summary")]);
    private static readonly Table Summary = new("RAG summary", [new TableColumn(1)], [], [new TableRow([TableCell.Of("Red")])]);

    private static List<bool> Kept(params Block[] blocks) =>
        [.. TableLeadIns.Keep(blocks).OfType<Paragraph>().Select(p => p.KeepWithNext)];

    [Test]
    public void A_paragraph_between_a_heading_and_a_table_is_kept_with_the_table() =>
        Assert.That(Kept(Title, Paragraph.Of("Of the 3 indicators 2 are Red."), Summary), Is.EqualTo(new[] { true }));

    [Test]
    public void A_paragraph_with_no_heading_before_it_or_no_table_after_it_is_left_as_it_is()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Kept(Paragraph.Of("a"), Paragraph.Of("b"), Summary), Is.EqualTo(new[] { false, false }), "no heading before");
            Assert.That(Kept(Title, Paragraph.Of("a"), Paragraph.Of("b")), Is.EqualTo(new[] { false, false }), "no table after");
            Assert.That(Kept(Title, Paragraph.Of("a"), Paragraph.Of("b"), Summary), Is.EqualTo(new[] { false, false }), "two paragraphs: only a single lead-in is kept");
        }
    }

    [Test]
    public void The_blocks_keep_their_order_and_number()
    {
        Block[] blocks = [Title, Paragraph.Of("lead-in"), Summary, Paragraph.Of("after")];

        Assert.That(TableLeadIns.Keep(blocks).Select(b => b.GetType().Name), Is.EqualTo(new[] { "Heading", "Paragraph", "Table", "Paragraph" }));
    }
}
