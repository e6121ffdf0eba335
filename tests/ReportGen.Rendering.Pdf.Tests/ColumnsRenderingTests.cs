using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>
/// A columns block: side by side on one page when its columns fit there, each column a Div read before the next; a
/// column taller than a page stacked, column after column, with nothing lost.
/// </summary>
public sealed class ColumnsRenderingTests
{
    private static ReportDocument Document(params Block[] blocks) => new(
        new DocumentInfo("Columns", "en-GB"),
        DocumentStyle.Default,
        [new Section(Orientation.Landscape, new PageFurniture(), blocks)]);

    private static Columns SideBySide(int leftParagraphs, int rightParagraphs) => new(
    [
        new LayoutColumn(1, [new Heading(2, [new TextRun("Leftheading")]), .. Paragraphs("Lefttext", leftParagraphs)]),
        new LayoutColumn(1.5, [new Heading(2, [new TextRun("Rightheading")]), .. Paragraphs("Righttext", rightParagraphs)]),
    ]);

    private static IEnumerable<Block> Paragraphs(string word, int count) =>
        Enumerable.Range(1, count).Select(i => (Block)Paragraph.Of($"{word}{i:D3} is one of the column's paragraphs."));

    private static List<(int Page, Word Word)> Words(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return [.. pdf.GetPages().SelectMany(p => p.GetWords().Select(w => (p.Number, w)))];
    }

    [Test]
    public void Two_columns_that_fit_sit_side_by_side_on_one_page()
    {
        var words = Words(Rendered.Bytes(Document(SideBySide(5, 8))));
        var left = words.Single(w => w.Word.Text == "Leftheading");
        var right = words.Single(w => w.Word.Text == "Rightheading");

        Assert.That((left.Page, right.Page), Is.EqualTo((1, 1)));
        Assert.That(right.Word.BoundingBox.Left - left.Word.BoundingBox.Left, Is.GreaterThan(250), "the second column starts right of the first");
        Assert.That(right.Word.BoundingBox.Bottom, Is.EqualTo(left.Word.BoundingBox.Bottom).Within(0.5), "both columns start at the same height");
        Assert.That(words.Where(w => w.Word.Text.StartsWith("Lefttext", StringComparison.Ordinal)).Max(w => w.Word.BoundingBox.Right),
            Is.LessThan(right.Word.BoundingBox.Left), "the first column's text stays left of the second");
    }

    [Test]
    public void The_column_widths_share_the_text_width_in_proportion()
    {
        var words = Words(Rendered.Bytes(Document(SideBySide(1, 1))));
        var left = words.Single(w => w.Word.Text == "Leftheading").Word.BoundingBox.Left;
        var right = words.Single(w => w.Word.Text == "Rightheading").Word.BoundingBox.Left;

        // 1 : 1.5 of a landscape text width (842 less two 1.5 cm margins) less one gap: the second column starts 40% in.
        var text = 842 - (2 * 1.5 * 72 / 2.54);
        Assert.That(right - left, Is.EqualTo(((text - (1.6 * DocumentStyle.Default.BodySize)) * 0.4) + (1.6 * DocumentStyle.Default.BodySize)).Within(1));
    }

    [Test]
    public void A_columns_block_that_does_not_fit_below_other_content_moves_whole_to_the_next_page()
    {
        var words = Words(Rendered.Bytes(Document([.. Paragraphs("Filler", 14), SideBySide(12, 12)])));

        Assert.That(words.Where(w => w.Word.Text.StartsWith("Filler", StringComparison.Ordinal)).Select(w => w.Page).Distinct(), Is.EqualTo(new[] { 1 }));
        Assert.That(words.Where(w => w.Word.Text.StartsWith("Left", StringComparison.Ordinal) || w.Word.Text.StartsWith("Right", StringComparison.Ordinal)).Select(w => w.Page).Distinct(),
            Is.EqualTo(new[] { 2 }), "neither column is split between pages");
    }

    [Test]
    public void A_column_taller_than_a_page_is_stacked_and_loses_nothing()
    {
        var words = Words(Rendered.Bytes(Document(SideBySide(60, 3))));
        var lefts = words.Where(w => w.Word.Text.StartsWith("Lefttext", StringComparison.Ordinal)).ToList();
        var rights = words.Where(w => w.Word.Text.StartsWith("Righttext", StringComparison.Ordinal)).ToList();

        Assert.That(lefts.Select(w => w.Word.Text), Is.EqualTo(Enumerable.Range(1, 60).Select(i => $"Lefttext{i:D3}")), "every paragraph, in order");
        Assert.That(rights.Select(w => w.Word.Text), Is.EqualTo(new[] { "Righttext001", "Righttext002", "Righttext003" }));
        Assert.That(lefts.Select(w => w.Page).Distinct().Count(), Is.GreaterThan(1), "the tall column runs over pages");
        Assert.That(rights.Min(w => w.Page), Is.GreaterThanOrEqualTo(lefts.Max(w => w.Page)), "the second column follows the first");
        var margin = lefts[0].Word.BoundingBox.Left;
        Assert.That(words.Single(w => w.Word.Text == "Rightheading").Word.BoundingBox.Left, Is.EqualTo(margin).Within(0.5), "stacked at the full width");
    }

    [Test]
    public void Each_column_is_a_Div_and_the_pdf_stays_tagged_when_fitted_or_stacked()
    {
        foreach (var (columns, name) in new[] { (SideBySide(3, 3), "columns-fitted"), (SideBySide(60, 3), "columns-stacked") })
        {
            var bytes = Rendered.Bytes(Document(columns));
            using var pdf = PdfDocument.Open(bytes);
            var divs = StructureTree.Read(pdf).All("Div").ToList();

            Assert.That(divs, Has.Count.EqualTo(2), name);
            Assert.That(divs.Select(d => d.Children.FirstOrDefault()?.Type), Is.EqualTo(new[] { "H2", "H2" }), $"{name}: each Div opens with its column's heading");
            Assert.That(Tool.Output("pdfinfo", Rendered.File(bytes, name)), Does.Match(@"Tagged:\s+yes"), name);
            Assert.That(Tool.Run("qpdf", "--check", Rendered.File(bytes, name)).ExitCode, Is.Zero, name);
        }
    }

    [Test]
    public void The_first_column_is_drawn_before_the_second_so_it_is_read_first()
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(Document(SideBySide(4, 4))));
        var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));

        Assert.That(text.IndexOf("Lefttext004", StringComparison.Ordinal), Is.LessThan(text.IndexOf("Rightheading", StringComparison.Ordinal)));
    }
}
