using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>The appendix's grid table: repeated header row, unsplit rows, RAG and direction cells, figures in place.</summary>
public sealed class IndicatorTableTests
{
    private RenderedDocx _docx = null!;
    private W.Table _table = null!;
    private List<W.TableRow> _rows = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _docx = RenderedDocx.Of(HaveringReport.Create());
        _table = _docx.Tables[1];
        _rows = [.. _table.Elements<W.TableRow>()];
    }

    [OneTimeTearDown]
    public void Close() => _docx.Dispose();

    [Test]
    public void Only_the_header_row_repeats_on_each_page()
    {
        var repeating = _rows.Select(r => r.TableRowProperties?.GetFirstChild<W.TableHeader>() is not null).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(repeating[0], Is.True);
            Assert.That(repeating.Skip(1), Has.None.True);
            Assert.That(_rows, Has.Count.EqualTo(41), "a header row, 3 goal rows and 37 indicators");
        }
    }

    [Test]
    public void No_row_splits_across_pages()
    {
        Assert.That(_rows.Where(r => r.TableRowProperties?.GetFirstChild<W.CantSplit>() is null), Is.Empty);
    }

    [Test]
    public void The_columns_share_the_landscape_text_width_in_proportion()
    {
        var widths = _table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(widths.Sum(), Is.EqualTo(15138));
            Assert.That(widths[0], Is.EqualTo(2614), "the indicator column is 19 of 110 parts, rounded down");
            Assert.That(widths[8], Is.EqualTo(4817).Within(8), "commentary is 35 of 110 parts, plus the others' rounding");
            Assert.That(_table.GetFirstChild<W.TableProperties>()!.TableLayout!.Type!.Value, Is.EqualTo(W.TableLayoutValues.Fixed));
        }
    }

    [Test]
    public void Header_cells_are_bold_white_on_the_header_colour_and_marked_as_the_header_row()
    {
        var cell = _rows[0].Elements<W.TableCell>().First();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RenderedDocx.TextOf(cell), Is.EqualTo("Indicator"));
            Assert.That(cell.TableCellProperties!.Shading!.Fill!.Value, Is.EqualTo("12436D"));
            Assert.That(cell.TableCellProperties.ConditionalFormatStyle!.FirstRow!.Value, Is.True);
            var run = cell.Descendants<W.Run>().Single();
            Assert.That(run.RunProperties!.Bold, Is.Not.Null);
            Assert.That(run.RunProperties.Color!.Val!.Value, Is.EqualTo("FFFFFF"));
        }
    }

    [Test]
    public void The_caption_is_the_tables_alternative_text()
    {
        var properties = _table.GetFirstChild<W.TableProperties>()!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties.TableCaption!.Val!.Value, Is.EqualTo(Appendix.TableCaption));
            Assert.That(properties.TableDescription!.Val!.Value, Is.EqualTo(Appendix.TableCaption));
        }
    }

    [TestCase("CSP1", "13,143", "Red")]
    [TestCase("CSP2", "28.8%", "Green")]
    [TestCase("CSP3", "4,810", "Red")]
    public void The_headline_figures_and_ratings_are_in_their_indicators_rows(string indicator, string value, string rag)
    {
        var cells = IndicatorRow(indicator);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RenderedDocx.TextOf(cells[Appendix.ValueColumn]), Is.EqualTo(value));
            Assert.That(RenderedDocx.TextOf(cells[Appendix.RagColumn]), Is.EqualTo(rag));
            Assert.That(cells[Appendix.ValueColumn].Descendants<W.Justification>().Single().Val!.Value, Is.EqualTo(W.JustificationValues.Right), "figures align right");
        }
    }

    // Red and Green carry white text; Amber's light fill needs black for contrast. The text always names the colour.
    [TestCase("Red", "D4351C", "FFFFFF")]
    [TestCase("Green", "00703C", "FFFFFF")]
    [TestCase("Amber", "F47738", "000000")]
    public void RAG_cells_are_filled_and_say_their_rating(string rag, string fill, string text)
    {
        var cell = _rows.SelectMany(r => r.Elements<W.TableCell>()).First(c => RenderedDocx.TextOf(c) == rag);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cell.TableCellProperties!.Shading!.Fill!.Value, Is.EqualTo(fill));
            Assert.That(cell.Descendants<W.Run>().Single().RunProperties!.Color!.Val!.Value, Is.EqualTo(text));
        }
    }

    [Test]
    public void The_direction_arrow_is_green_when_better_and_its_word_stays_black()
    {
        var runs = IndicatorRow("CSP1")[Appendix.ShortDotColumn].Descendants<W.Run>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(runs.Select(r => RenderedDocx.TextOf(new W.Paragraph(r.CloneNode(true)))), Is.EqualTo(new[] { "\u2191", " Better" }));
            Assert.That(runs[0].RunProperties!.Color!.Val!.Value, Is.EqualTo("00703C"));
            Assert.That(runs[1].RunProperties?.Color, Is.Null);
        }
    }

    [Test]
    public void Goal_rows_span_the_table_are_emphasised_and_stay_with_the_next_row()
    {
        var goal = _rows[1].Elements<W.TableCell>().Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RenderedDocx.TextOf(goal), Does.StartWith("CLEAN"));
            Assert.That(goal.TableCellProperties!.GridSpan!.Val!.Value, Is.EqualTo(9));
            Assert.That(goal.TableCellProperties.Shading, Is.Not.Null);
            Assert.That(goal.Descendants<W.Run>().Single().RunProperties!.Bold, Is.Not.Null);
            Assert.That(goal.Descendants<W.ParagraphProperties>().Single().KeepNext, Is.Not.Null);
        }
    }

    [Test]
    public void A_cell_holds_several_paragraphs_and_a_list()
    {
        var commentary = IndicatorRow("CSP3")[8].Elements<W.Paragraph>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(commentary, Has.Count.EqualTo(4));
            Assert.That(RenderedDocx.TextOf(commentary[1]), Is.EqualTo("Corrective action:"));
            Assert.That(commentary.Skip(2).Select(p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value), Has.All.EqualTo(2), "the in-cell bullets");
            Assert.That(commentary.Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value), Has.All.EqualTo("TableText"));
        }
    }

    private List<W.TableCell> IndicatorRow(string indicator) =>
        [.. _rows.Single(r => RenderedDocx.TextOf(r.Elements<W.TableCell>().First()).StartsWith(indicator, StringComparison.Ordinal)).Elements<W.TableCell>()];
}
