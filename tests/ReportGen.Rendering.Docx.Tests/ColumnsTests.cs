using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// A columns block in Word. One that looks short enough for its page is a section of Word's own columns, as wide as the
/// model says, continuous with the heading above it: its blocks in the body one column after the other, the next
/// column's after a column break, so every table is a table of the body (Word repeats the header rows of those only).
/// A taller one is a layout table of one row with no borders, a cell per column, whose row may split.
/// </summary>
public sealed class ColumnsTests
{
    // Landscape text width: 16,838 twips less two 2 cm margins.
    private const int TextWidth = 16838 - (2 * 850); // landscape: 1.5 cm side margins, as in the PDF

    private static Table Figures() => new(
        "Figures",
        [new TableColumn(2), new TableColumn(1)],
        [new TableRow([TableCell.Of("Measure") with { IsHeader = true }, TableCell.Of("Value") with { IsHeader = true }])],
        [new TableRow([TableCell.Of("Rightrow"), TableCell.Of("42")])]);

    private static ReportDocument Document(int leftParagraphs) => new(
        new DocumentInfo("Columns", "en-GB"),
        DocumentStyle.Default,
        [new Section(Orientation.Landscape, new PageFurniture(),
        [
            Heading.Of(1, "Theme"),
            new Columns(
            [
                new LayoutColumn(1, [Heading.Of(2, "Leftheading"), .. Enumerable.Range(1, leftParagraphs).Select(i => (Block)Paragraph.Of($"Lefttext{i:D3} is one of the column's paragraphs."))]),
                new LayoutColumn(1.5, [Heading.Of(2, "Rightheading"), Figures()]),
            ]),
        ])]);

    private static W.Table Layout(RenderedDocx docx) => docx.Tables.Single();

    private static int Number(string? value) => int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public void Short_columns_are_a_continuous_section_of_word_columns_as_wide_as_the_model_says()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var sections = docx.Sections;
        var columns = sections[1].GetFirstChild<W.Columns>()!;
        var widths = columns.Elements<W.Column>().Select(c => Number(c.Width)).ToList();

        Assert.That(sections, Has.Count.EqualTo(2), "the heading's section, then the columns'");
        Assert.That(sections[0].GetFirstChild<W.Columns>(), Is.Null, "the heading is set across the page");
        Assert.That(sections[0].GetFirstChild<W.SectionType>()!.Val!.Value, Is.EqualTo(W.SectionMarkValues.NextPage));
        Assert.That(sections[1].GetFirstChild<W.SectionType>()!.Val!.Value, Is.EqualTo(W.SectionMarkValues.Continuous), "on the heading's page");
        Assert.That((columns.ColumnCount!.Value, columns.EqualWidth!.Value, Number(columns.Space)), Is.EqualTo((2, false, 340)));
        Assert.That(widths.Sum() + 340, Is.EqualTo(TextWidth), "the columns and the gap span the text width");
        Assert.That((double)widths[1] / widths[0], Is.EqualTo(1.5).Within(0.01), "the columns share the width 1 : 1.5");
        Assert.That(sections.Select(s => s.Elements<W.HeaderReference>().Single().Id!.Value).Distinct().Count(), Is.EqualTo(1), "one header for the model's section");
    }

    [Test]
    public void Each_column_s_blocks_follow_one_another_the_next_column_after_a_column_break()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var paragraphs = docx.Body.Elements<W.Paragraph>().ToList();
        var right = paragraphs.Single(p => RenderedDocx.TextOf(p) == "Rightheading");
        var breaks = docx.Body.Descendants<W.Break>().Where(b => b.Type?.Value == W.BreakValues.Column).ToList();

        Assert.That(RenderedDocx.TextOf(docx.Body), Does.Contain("Leftheading\nLefttext001 is one of the column's paragraphs.\nLefttext002 is one of the column's paragraphs.\nLefttext003 is one of the column's paragraphs.\nRightheading\nMeasure"));
        Assert.That(breaks, Has.Count.EqualTo(1));
        Assert.That(right.Elements<W.Run>().First().GetFirstChild<W.Break>(), Is.SameAs(breaks[0]), "the break opens the second column's heading, so no empty line does");
        Assert.That(right.ParagraphProperties!.ParagraphStyleId!.Val!.Value, Does.StartWith("Heading"), "a column's heading keeps its heading style");
    }

    [Test]
    public void A_table_in_short_columns_is_a_table_of_the_body_as_wide_as_its_column_with_a_repeating_header_row()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var table = docx.Body.Elements<W.Table>().Single();
        var widths = docx.Sections[1].GetFirstChild<W.Columns>()!.Elements<W.Column>().Select(c => Number(c.Width)).ToList();

        Assert.That(docx.Body.Descendants<W.Table>().Count(), Is.EqualTo(1), "no layout table, nothing nested");
        Assert.That(Number(table.GetFirstChild<W.TableProperties>()!.TableWidth!.Width), Is.EqualTo(widths[1]).Within(2));
        Assert.That(table.Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>(), Is.Not.Null);
    }

    [Test]
    public void The_paragraph_closing_the_columns_after_a_table_is_not_empty_so_libreoffice_keeps_the_table_in_its_column()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var closing = docx.Body.Elements<W.Table>().Single().NextSibling<W.Paragraph>()!;

        Assert.That(closing.InnerText, Is.EqualTo(" "));
        Assert.That(closing.NextSibling(), Is.InstanceOf<W.SectionProperties>(), "the last paragraph of the body, before the columns' section properties");
    }

    [Test]
    public void Columns_after_columns_that_fill_the_page_start_a_new_page()
    {
        var document = Document(15);
        var section = document.Sections[0];
        using var docx = RenderedDocx.Of(document with { Sections = [section with { Blocks = [.. section.Blocks, section.Blocks[1]] }] });
        var sections = docx.Sections;

        Assert.That(sections.Select(s => s.GetFirstChild<W.SectionType>()!.Val!.Value), Is.EqualTo(new[] { W.SectionMarkValues.NextPage, W.SectionMarkValues.Continuous, W.SectionMarkValues.NextPage }));
        Assert.That(sections.Skip(1).Select(s => s.GetFirstChild<W.Columns>()?.ColumnCount?.Value), Has.All.EqualTo(2));
        Assert.That(docx.Body.Descendants<W.Table>().Count(t => t.Parent is not W.Body), Is.Zero);
    }

    [Test]
    public void Columns_taller_than_a_page_are_a_layout_table_with_no_borders_whose_row_may_split()
    {
        using var docx = RenderedDocx.Of(Document(80));
        var layout = Layout(docx);
        var properties = layout.GetFirstChild<W.TableProperties>()!;
        var row = layout.Elements<W.TableRow>().Single();

        Assert.That(row.Elements<W.TableCell>().Count(), Is.EqualTo(2));
        Assert.That(properties.TableStyle, Is.Null, "not the ruled Table Grid style");
        Assert.That(properties.TableBorders!.ChildElements.Cast<W.BorderType>().Select(b => b.Val!.Value).ToList(), Has.Count.EqualTo(6).And.All.EqualTo(W.BorderValues.Nil));
        Assert.That(properties.TableWidth!.Width!.Value, Is.EqualTo(TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(row.TableRowProperties?.GetFirstChild<W.CantSplit>(), Is.Null);
        Assert.That(row.Elements<W.TableCell>().First().Elements<W.Paragraph>().Count(p => RenderedDocx.TextOf(p).StartsWith("Lefttext", StringComparison.Ordinal)), Is.EqualTo(80));
        Assert.That(RenderedDocx.TextOf(row.Elements<W.TableCell>().Last()), Does.StartWith("Rightheading\nMeasure\nValue\nRightrow\n42"));
        Assert.That(docx.Sections.Select(s => s.GetFirstChild<W.Columns>()), Has.All.Null, "no Word columns");
    }

    // A short block (Word's columns) and a tall one (a layout table whose row may split): both schema valid.
    [TestCase(3)]
    [TestCase(80)]
    public void The_file_validates_against_Office_2019(int leftParagraphs)
    {
        using var docx = RenderedDocx.Of(Document(leftParagraphs));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx.Package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.That(errors, Is.Empty);
    }
}
