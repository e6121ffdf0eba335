using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>Lists number through the numbering part: bullets share one list, each numbered list restarts at 1.</summary>
public sealed class ListNumberingTests
{
    private RenderedDocx _docx = null!;
    private W.Numbering _numbering = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _docx = RenderedDocx.Of(HaveringReport.Create());
        _numbering = _docx.Main.NumberingDefinitionsPart!.Numbering!;
    }

    [OneTimeTearDown]
    public void Close() => _docx.Dispose();

    [Test]
    public void Each_numbered_list_has_its_own_instance_restarting_at_1()
    {
        var ordered = ListParagraphs().Where(p => Format(NumberingId(p)) == W.NumberFormatValues.Decimal).ToList();
        var instances = ordered.Select(NumberingId).Distinct().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ordered, Has.Count.EqualTo(4), "two lists of two items");
            Assert.That(instances, Has.Count.EqualTo(2));
            foreach (var id in instances)
            {
                var instance = Instance(id);
                Assert.That(instance.GetFirstChild<W.LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value, Is.EqualTo(1));
            }
        }
    }

    [Test]
    public void Bulleted_lists_share_the_bullet_list_and_are_list_paragraphs()
    {
        var bullets = ListParagraphs().Where(p => Format(NumberingId(p)) == W.NumberFormatValues.Bullet).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bullets, Has.Count.EqualTo(5));
            Assert.That(bullets.Select(NumberingId).Distinct(), Is.EqualTo(new[] { 1 }));
            Assert.That(bullets.Select(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value), Has.All.EqualTo("ListParagraph"));
        }
    }

    [Test]
    public void Body_lists_hang_their_numbers_in_the_indent()
    {
        var indentation = Level(1).PreviousParagraphProperties!.Indentation!;

        Assert.That((indentation.Left!.Value, indentation.Hanging!.Value), Is.EqualTo(("720", "360")));
    }

    [Test]
    public void The_list_items_keep_their_bold_and_italic_runs()
    {
        var red = ListParagraphs().First();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RenderedDocx.TextOf(red), Does.StartWith("Red = more than"));
            Assert.That(red.Elements<W.Run>().First().RunProperties!.Bold, Is.Not.Null);
            Assert.That(red.Elements<W.Run>().Last().RunProperties!.Italic, Is.Not.Null);
        }
    }

    private List<W.Paragraph> ListParagraphs() =>
        [.. _docx.Body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null)];

    private static int NumberingId(W.Paragraph paragraph) => paragraph.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;

    private W.NumberingInstance Instance(int id) => _numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == id);

    private W.Level Level(int numberingId)
    {
        var abstractId = Instance(numberingId).AbstractNumId!.Val!.Value;
        return _numbering.Elements<W.AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId).GetFirstChild<W.Level>()!;
    }

    private W.NumberFormatValues Format(int numberingId) => Level(numberingId).NumberingFormat!.Val!.Value;
}
