using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// A columns block in Word: a layout table of one row with no borders, a cell per column holding the column's blocks
/// (a table nested in its cell, set to the cell's width), the row kept whole only when it looks short enough for a page.
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

    [Test]
    public void The_columns_are_one_row_of_a_layout_table_with_no_borders()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var layout = Layout(docx);
        var properties = layout.GetFirstChild<W.TableProperties>()!;

        Assert.That(layout.Elements<W.TableRow>().Single().Elements<W.TableCell>().Count(), Is.EqualTo(2));
        Assert.That(properties.TableStyle, Is.Null, "not the ruled Table Grid style");
        Assert.That(properties.TableBorders!.ChildElements.Cast<W.BorderType>().Select(b => b.Val!.Value).ToList(), Has.Count.EqualTo(6).And.All.EqualTo(W.BorderValues.Nil));
        Assert.That(layout.Elements<W.TableRow>().Single().Elements<W.TableCell>().Select(c => c.TableCellProperties?.TableCellBorders), Has.All.Null, "no cell of the layout row draws a border");
        Assert.That(properties.TableWidth!.Width!.Value, Is.EqualTo(TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Each_cell_holds_its_column_s_text_first_column_first()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var cells = Layout(docx).Elements<W.TableRow>().Single().Elements<W.TableCell>().ToList();

        Assert.That(RenderedDocx.TextOf(cells[0]), Is.EqualTo("Leftheading\nLefttext001 is one of the column's paragraphs.\nLefttext002 is one of the column's paragraphs.\nLefttext003 is one of the column's paragraphs."));
        Assert.That(RenderedDocx.TextOf(cells[1]), Does.StartWith("Rightheading\nMeasure\nValue\nRightrow\n42"));
        Assert.That(cells[0].Elements<W.Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value, Does.StartWith("Heading"), "a column's heading keeps its heading style");
    }

    [Test]
    public void A_table_in_a_column_is_nested_in_its_cell_and_as_wide_as_the_column()
    {
        using var docx = RenderedDocx.Of(Document(3));
        var layout = Layout(docx);
        var cells = layout.Elements<W.TableRow>().Single().Elements<W.TableCell>().ToList();
        var nested = cells[1].Elements<W.Table>().Single();
        var grid = layout.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.That(grid.Sum(), Is.EqualTo(TextWidth).Within(2), "the layout grid spans the text width");
        Assert.That((double)grid[1] / (grid[0] - 340), Is.EqualTo(1.5).Within(0.01), "the columns share the width 1 : 1.5, the first also carrying the gap");
        Assert.That(int.Parse(nested.GetFirstChild<W.TableProperties>()!.TableWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(grid[1]).Within(2));
        Assert.That(RenderedDocx.TextOf(nested), Does.Contain("Rightrow"));
    }

    [Test]
    public void A_short_row_may_not_split_across_pages()
    {
        using var docx = RenderedDocx.Of(Document(3));

        Assert.That(Layout(docx).Elements<W.TableRow>().Single().TableRowProperties?.GetFirstChild<W.CantSplit>(), Is.Not.Null);
    }

    [Test]
    public void A_row_taller_than_a_page_may_split_so_nothing_is_cut_off()
    {
        using var docx = RenderedDocx.Of(Document(80));
        var row = Layout(docx).Elements<W.TableRow>().Single();

        Assert.That(row.TableRowProperties?.GetFirstChild<W.CantSplit>(), Is.Null);
        Assert.That(row.Elements<W.TableCell>().First().Elements<W.Paragraph>().Count(p => RenderedDocx.TextOf(p).StartsWith("Lefttext", StringComparison.Ordinal)), Is.EqualTo(80));
    }

    // A short block (a row kept whole) and a tall one (a row that may split): both schema valid.
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
