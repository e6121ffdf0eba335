using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Fonts;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Layout.Flow;
using ReportGen.Rendering.Pdf.Tests.Support;

namespace ReportGen.Rendering.Pdf.Tests.Layout;

/// <summary>Laying a section out block by block as it is placed, rather than all of it first.</summary>
public sealed class FlowWindowTests
{
    [Test]
    public void The_window_reads_only_as_far_ahead_as_it_is_asked()
    {
        var read = 0;
        IEnumerable<FlowItem> Items()
        {
            for (var i = 1; i <= 5; i++)
            {
                read++;
                yield return new Spacer(i);
            }
        }

        using var window = new FlowWindow(Items());
        Assert.That(read, Is.Zero);
        Assert.That(((Spacer)window.Peek(0)!).Height, Is.EqualTo(1));
        Assert.That(read, Is.EqualTo(1));
        Assert.That(((Spacer)window.Peek(2)!).Height, Is.EqualTo(3));
        Assert.That(read, Is.EqualTo(3));

        window.Next();
        Assert.That(((Spacer)window.Peek(0)!).Height, Is.EqualTo(2), "items read ahead are kept");
        Assert.That(((Spacer)window.Peek(3)!).Height, Is.EqualTo(5));
        Assert.That(window.Peek(4), Is.Null, "past the end");
        Assert.That(read, Is.EqualTo(5));
    }

    [Test]
    public void Placing_a_section_as_it_is_laid_out_gives_the_pages_of_laying_it_all_out_first()
    {
        // Headings kept with what follows, paragraphs split across pages, tables that repeat their header, an empty
        // list first (no space before the block after it), a page break and a note.
        var rows = Enumerable.Range(1, 120)
            .Select(i => new TableRow([TableCell.Of($"row {i}"), TableCell.Of(Layouts.Filler(i % 7 * 3, "cell"))]))
            .ToList();
        Block[] blocks =
        [
            new ListBlock(false, []),
            Heading.Of(1, "Title"),
            Paragraph.Of(Layouts.Filler(400)),
            Heading.Of(2, "Table"),
            new Table("Rows", [new TableColumn(1), new TableColumn(3)], [new TableRow([TableCell.Of("A"), TableCell.Of("B")])], rows),
            new PageBreak(),
            Paragraph.Of(Layouts.Filler(30)) with { Style = ParagraphStyle.Note },
            Heading.Of(3, "Last"),
            Paragraph.Of(Layouts.Filler(200)),
        ];

        var streamed = Place(blocks, eager: false);
        var eager = Place(blocks, eager: true);

        Assert.That(streamed, Has.Count.GreaterThan(3));
        Assert.That(streamed.Select(p => p.Count), Is.EqualTo(eager.Select(p => p.Count)));
        for (var i = 0; i < eager.Count; i++)
        {
            Assert.That(Describe(streamed[i]), Is.EqualTo(Describe(eager[i])), $"page {i + 1}");
        }
    }

    static List<IReadOnlyList<DrawOp>> Place(IReadOnlyList<Block> blocks, bool eager)
    {
        var fonts = new FontBook(BuiltInFonts.Default);
        var style = DocumentStyle.Default;
        var context = new LayoutContext(fonts, style, LayoutSettings.Default);
        var page = PageBox.Of(LayoutSettings.Default.Portrait);
        var cursor = new PageCursor();
        cursor.StartSection(page, new PageFurniture());
        DocumentLayout.Place(
            eager ? SectionFlow.Build(blocks, page.ContentWidth, context, page.ContentHeight)
                : SectionFlow.Stream(blocks, page.ContentWidth, context, page.ContentHeight),
            cursor);
        return [.. cursor.Pages.Select(p => (IReadOnlyList<DrawOp>)p.Ops)];
    }

    // Records print their values, so two display lists that describe alike draw alike.
    static IEnumerable<string> Describe(IReadOnlyList<DrawOp> ops) => ops.Select(op => op.ToString());
}
