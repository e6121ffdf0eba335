using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// What keeps a landscape dashboard in Word on as many pages as its PDF: the model's landscape geometry (which the PDF
/// reads too), columns with no keeps and the model's block spacing, the section's opening heading at the top margin,
/// and Word's own columns only when the block fits below that heading (else a layout table whose row may split).
/// </summary>
public sealed class LayoutCellTests
{
    private static Table Figures(int rows) => new(
        "Figures",
        [new TableColumn(2), new TableColumn(1)],
        [new TableRow([TableCell.Of("Measure") with { IsHeader = true }, TableCell.Of("Value") with { IsHeader = true }])],
        [.. Enumerable.Range(1, rows).Select(i => new TableRow([TableCell.Of($"Row {i}"), TableCell.Of("42")]))],
        KeepTogether: true);

    private static ReportDocument Document(int leftParagraphs, int rows = 3, bool heading = true) => new(
        new DocumentInfo("Dashboard", "en-GB"),
        DocumentStyle.Default with { BodySize = 9, SmallSize = 8, HeadingSizes = [16, 12, 10, 9] },
        [new Section(Orientation.Landscape, new PageFurniture(HeaderText: "Header", FooterText: "Footer"),
        [
            .. heading ? [Heading.Of(1, "Theme")] : Array.Empty<Block>(),
            new Columns(
            [
                new LayoutColumn(1, [Heading.Of(2, "Overview"), .. Enumerable.Range(1, leftParagraphs).Select(i => (Block)Paragraph.Of($"Paragraph {i} of the theme's overview."))]),
                new LayoutColumn(1.3, [Heading.Of(2, "Indicators"), Figures(rows), Paragraph.Of("Notes under the table.")]),
            ]),
        ])]);

    private static W.TableRow LayoutRow(RenderedDocx docx) => docx.Tables.Single().Elements<W.TableRow>().Single();

    // The paragraphs of Word's columns: the body's after the heading's section, the left column's before the column break.
    private static List<W.Paragraph> ColumnParagraphs(RenderedDocx docx) =>
        [.. docx.Body.Elements<W.Paragraph>().SkipWhile(p => p.ParagraphProperties?.SectionProperties is null).Skip(1)];

    private static List<W.Paragraph> LeftColumn(RenderedDocx docx) =>
        [.. ColumnParagraphs(docx).TakeWhile(p => !p.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Column))];

    private static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    [Test]
    public void Landscape_sections_have_the_model_s_page_and_margins_in_every_format()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var landscape = LayoutSettings.Default.Landscape;

        // The heading's section and the columns' have the same page.
        Assert.That(docx.Sections, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            foreach (var section in docx.Sections)
            {
                var size = section.GetFirstChild<W.PageSize>()!;
                var margin = section.GetFirstChild<W.PageMargin>()!;
                Assert.That((int)size.Width!.Value, Is.EqualTo(Twips(landscape.Width)));
                Assert.That((int)size.Height!.Value, Is.EqualTo(Twips(landscape.Height)));
                // The margin the PDF uses (VerticalMargin), not a roomier one for Word: a dashboard has the same room.
                Assert.That(margin.Top!.Value, Is.EqualTo(Twips(landscape.VerticalMargin)), "top: 1.7 cm");
                Assert.That(margin.Bottom!.Value, Is.EqualTo(Twips(landscape.VerticalMargin)));
                Assert.That((int)margin.Left!.Value, Is.EqualTo(Twips(landscape.SideMargin)), "sides: 1.5 cm");
                Assert.That((int)margin.Right!.Value, Is.EqualTo(Twips(landscape.SideMargin)));
                Assert.That(margin.Header!.Value, Is.LessThan(margin.Top.Value), "the header sits in the margin");
            }
        }
    }

    // Word's columns (3 paragraphs) and a layout table (60, taller than the page).
    [TestCase(3)]
    [TestCase(60)]
    public void No_paragraph_in_the_columns_keeps_with_the_next_or_keeps_its_lines(int leftParagraphs)
    {
        using var docx = RenderedDocx.Of(Document(leftParagraphs));
        var paragraphs = leftParagraphs < 60
            ? [.. ColumnParagraphs(docx), .. docx.Tables.SelectMany(t => t.Descendants<W.Paragraph>())]
            : LayoutRow(docx).Descendants<W.Paragraph>().ToList();

        Assert.That(paragraphs, Has.Count.GreaterThan(4));
        using (Assert.EnterMultipleScope())
        {
            // Explicitly off, since the heading styles keep with the next paragraph; the table kept together by
            // keep-with-next would otherwise drag the columns (or the layout row) to the next page.
            Assert.That(paragraphs.Select(p => p.ParagraphProperties?.KeepNext?.Val?.Value), Has.All.False);
            Assert.That(paragraphs.Select(p => p.ParagraphProperties?.KeepLines?.Val?.Value), Has.All.False);
        }
    }

    [Test]
    public void A_column_s_blocks_are_spaced_as_the_model_s_block_spacing_says()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var left = LeftColumn(docx);
        string? After(W.Paragraph p) => p.ParagraphProperties?.SpacingBetweenLines?.After?.Value;
        string? Before(W.Paragraph p) => p.ParagraphProperties?.SpacingBetweenLines?.Before?.Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(left.Select(Before), Has.All.EqualTo("0"), "nothing above a block: the gap is the block before's space after");
            Assert.That(After(left[0]), Is.EqualTo("96"), "a level 2 heading: 0.4 em of 12 pt = 4.8 pt");
            Assert.That(After(left[1]), Is.EqualTo("108"), "a paragraph: 0.6 em of 9 pt = 5.4 pt");
            Assert.That(After(left[^1]), Is.EqualTo("0"), "nothing below the column's last block");
        }
    }

    [Test]
    public void A_column_s_blocks_follow_other_block_spacing_in_the_model()
    {
        var spacing = BlockSpacing.Default with { HeadingAfter = 1.0, TextAfter = 1.5, ListItemGap = 0.8 };
        var document = Document(3);
        using var docx = RenderedDocx.Of(document with { Layout = document.Layout with { Spacing = spacing } });
        var left = LeftColumn(docx);
        string? After(W.Paragraph p) => p.ParagraphProperties?.SpacingBetweenLines?.After?.Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(After(left[0]), Is.EqualTo(Twips(1.0 * 12).ToString(System.Globalization.CultureInfo.InvariantCulture)), "a level 2 heading: 1 em of 12 pt");
            Assert.That(After(left[1]), Is.EqualTo(Twips(1.5 * 9).ToString(System.Globalization.CultureInfo.InvariantCulture)), "a paragraph: 1.5 em of 9 pt");
        }
    }

    [Test]
    public void The_section_s_opening_heading_has_no_space_above()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var first = docx.Body.Elements<W.Paragraph>().First();

        Assert.That(first.ParagraphProperties?.SpacingBetweenLines?.Before?.Value, Is.EqualTo("0"));
    }

    // The left column is 20 pt of heading and 16.8 pt a one-line paragraph (11.4 pt and 5.4 pt after); the page's text
    // is 499 pt, 484 pt of it with the estimate's 3% headroom, and the theme's heading kept with the columns takes 28 pt.
    [TestCase(20, true, true)]   // about 350 pt: fits below the heading, Word's columns
    [TestCase(27, true, false)]  // about 469 pt: fits an empty page, but not below the heading kept with it
    [TestCase(27, false, true)]  // the same without the heading: Word's columns
    [TestCase(29, false, false)] // about 503 pt: taller than the page, so a layout row that may split rather than be cut off
    public void Word_s_columns_only_when_they_fit_below_the_heading_kept_with_them_else_a_row_that_may_split(int paragraphs, bool heading, bool wordColumns)
    {
        using var docx = RenderedDocx.Of(Document(paragraphs, heading: heading));

        Assert.That(docx.Sections.Any(s => s.GetFirstChild<W.Columns>()?.ColumnCount?.Value == 2), Is.EqualTo(wordColumns));
        if (wordColumns)
        {
            Assert.That(docx.Body.Descendants<W.Table>().Where(t => t.Parent is not W.Body), Is.Empty, "no table nested in another");
        }
        else
        {
            Assert.That(LayoutRow(docx).TableRowProperties?.GetFirstChild<W.CantSplit>(), Is.Null);
        }
    }

    [TestCase(3)]
    [TestCase(60)]
    public void The_file_validates_against_Office_2019(int leftParagraphs)
    {
        using var docx = RenderedDocx.Of(Document(leftParagraphs, rows: 12));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.That(errors, Is.Empty);
    }
}
