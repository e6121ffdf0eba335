using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// What keeps a landscape dashboard in Word on as many pages as its PDF: the model's landscape geometry (which the PDF
/// reads too), layout cells with no keeps and the model's block spacing, the section's opening heading at the top
/// margin, and the layout row kept whole when it fits below that heading.
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

    private static int Twips(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    [Test]
    public void Landscape_sections_have_the_model_s_page_and_margins_in_every_format()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var section = docx.Sections.Single();
        var size = section.GetFirstChild<W.PageSize>()!;
        var margin = section.GetFirstChild<W.PageMargin>()!;
        var landscape = LayoutSettings.Default.Landscape;

        using (Assert.EnterMultipleScope())
        {
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

    [Test]
    public void No_paragraph_in_a_layout_cell_keeps_with_the_next_or_keeps_its_lines()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var paragraphs = LayoutRow(docx).Descendants<W.Paragraph>().ToList();

        Assert.That(paragraphs, Is.Not.Empty);
        using (Assert.EnterMultipleScope())
        {
            // Explicitly off, since the heading styles keep with the next paragraph; the nested table kept together
            // by keep-with-next would otherwise drag the whole row to the next page.
            Assert.That(paragraphs.Select(p => p.ParagraphProperties?.KeepNext?.Val?.Value), Has.All.False);
            Assert.That(paragraphs.Select(p => p.ParagraphProperties?.KeepLines?.Val?.Value), Has.All.False);
        }
    }

    [Test]
    public void A_layout_cell_s_blocks_are_spaced_as_the_model_s_block_spacing_says()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var left = LayoutRow(docx).Elements<W.TableCell>().First().Elements<W.Paragraph>().ToList();
        string? After(W.Paragraph p) => p.ParagraphProperties?.SpacingBetweenLines?.After?.Value;
        string? Before(W.Paragraph p) => p.ParagraphProperties?.SpacingBetweenLines?.Before?.Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(left.Select(Before), Has.All.EqualTo("0"), "nothing above a block: the gap is the block before's space after");
            Assert.That(After(left[0]), Is.EqualTo("96"), "a level 2 heading: 0.4 em of 12 pt = 4.8 pt");
            Assert.That(After(left[1]), Is.EqualTo("108"), "a paragraph: 0.6 em of 9 pt = 5.4 pt");
            Assert.That(After(left[^1]), Is.EqualTo("0"), "nothing below the cell's last block");
        }
    }

    [Test]
    public void A_layout_cell_s_blocks_follow_other_block_spacing_in_the_model()
    {
        var spacing = BlockSpacing.Default with { HeadingAfter = 1.0, TextAfter = 1.5, ListItemGap = 0.8 };
        var document = Document(3);
        using var docx = RenderedDocx.Of(document with { Layout = document.Layout with { Spacing = spacing } });
        var left = LayoutRow(docx).Elements<W.TableCell>().First().Elements<W.Paragraph>().ToList();
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
    // is 499 pt, 484 pt of it with the estimate's 3% headroom, and the theme's heading kept with the row takes 28 pt.
    [TestCase(20, true, true)]   // about 350 pt: fits below the heading
    [TestCase(27, true, false)]  // about 469 pt: fits an empty page, but not below the heading kept with it
    [TestCase(27, false, true)]  // the same without the heading: kept whole
    [TestCase(29, false, false)] // about 503 pt: taller than the page, so it may split rather than be cut off
    public void The_layout_row_is_kept_whole_only_when_it_fits_below_the_heading_kept_with_it(int paragraphs, bool heading, bool keptWhole)
    {
        using var docx = RenderedDocx.Of(Document(paragraphs, heading: heading));

        Assert.That(LayoutRow(docx).TableRowProperties?.GetFirstChild<W.CantSplit>() is not null, Is.EqualTo(keptWhole));
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
