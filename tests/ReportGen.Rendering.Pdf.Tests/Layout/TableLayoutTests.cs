using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Tests.Support;

namespace ReportGen.Rendering.Pdf.Tests.Layout;

/// <summary>How tables are measured and broken across pages.</summary>
public sealed class TableLayoutTests
{
    static readonly PageBox Portrait = PageBox.Of(LayoutSettings.Default.Portrait);
    static readonly double TextWidth = Portrait.ContentWidth;

    [Test]
    public void Relative_column_widths_fill_the_text_width()
    {
        var table = Grid([new TableColumn(1), new TableColumn(3)], [Row("a", "b")]);
        var borders = Layouts.Paginate(table)[0].Ops.OfType<RectOp>().Where(r => r.Stroke is not null).ToList();

        Assert.That(borders.Select(b => b.Width), Is.EqualTo(new[] { TextWidth / 4, TextWidth * 3 / 4 }).Within(0.001));
        Assert.That(borders[1].X + borders[1].Width - Portrait.ContentLeft, Is.EqualTo(TextWidth).Within(0.001));
    }

    [Test]
    public void Header_cells_are_filled_and_lettered_in_the_styles_header_colours()
    {
        var pages = Layouts.Paginate(Grid([new TableColumn(1)], [Row("value")], header: Row("Heading")));
        var style = DocumentStyle.Default;

        Assert.That(pages[0].Ops.OfType<RectOp>().Select(r => r.Fill), Has.Member(style.TableHeaderBackground));
        Assert.That(Layouts.Texts(pages[0]).Single(t => t.Text == "Heading").Style.Color, Is.EqualTo(style.TableHeaderForeground));
        Assert.That(Layouts.Texts(pages[0]).Single(t => t.Text == "Heading").Style.Font.Bold, Is.True);
    }

    [Test]
    public void A_cells_own_colours_and_alignment_win_over_the_columns()
    {
        var red = Rgb.FromHex("#D4351C");
        var cell = new TableCell([Paragraph.Of("Red")], Background: red, Foreground: Rgb.White, Alignment: CellAlignment.Right);
        var pages = Layouts.Paginate(Grid([new TableColumn(1)], [new TableRow([cell])]));
        var text = Layouts.Texts(pages[0]).Single(t => t.Text == "Red");
        var fill = pages[0].Ops.OfType<RectOp>().Single(r => r.Fill == red);

        Assert.That(text.Style.Color, Is.EqualTo(Rgb.White));
        Assert.That(fill.Width, Is.EqualTo(TextWidth).Within(0.001));
        Assert.That(text.X, Is.GreaterThan(fill.X + (fill.Width / 2)), "right-aligned");
    }

    [Test]
    public void The_header_rows_are_drawn_again_on_every_page_as_an_artifact()
    {
        var rows = Enumerable.Range(1, 80).Select(i => Row($"row{i}", Layouts.Filler(20))).ToArray();
        var pages = Layouts.Paginate(Grid([new TableColumn(1), new TableColumn(4)], rows, header: Row("HEAD", "Commentary")));

        Assert.That(pages, Has.Count.GreaterThan(2));
        foreach (var page in pages)
        {
            Assert.That(Layouts.Texts(page).First().Text, Is.EqualTo("HEAD"), "the header is the first text on every page");
        }

        foreach (var page in pages.Skip(1))
        {
            var ops = page.Ops.ToList();
            var head = ops.FindIndex(o => o is TextOp { Text: "HEAD" });
            Assert.That(ops.Take(head).OfType<MarkOp>().Last(), Is.TypeOf<BeginArtifactOp>(), "drawn inside an artifact");
            Assert.That(ops.OfType<BeginTagOp>().Where(t => t.Tag == StructureTag.TableHeaderCell), Is.Empty, "and never tagged again");
        }
    }

    [Test]
    public void A_group_heading_row_moves_to_the_next_page_with_the_row_after_it()
    {
        for (var before = 20; before < 45; before++)
        {
            var rows = Enumerable.Range(1, before).Select(i => Row($"row{i}", "x"))
                .Append(new TableRow([new TableCell([Paragraph.Of("GROUP B")], ColumnSpan: 2)], IsGroupHeading: true))
                .Append(Row("FIRST OF B", "y"))
                .ToArray();
            var pages = Layouts.Paginate(Grid([new TableColumn(1), new TableColumn(4)], rows, header: Row("Ref", "Text")));

            Assert.That(Layouts.PageOf(pages, "GROUP B"), Is.EqualTo(Layouts.PageOf(pages, "FIRST OF B")), $"{before} rows before");
        }
    }

    [Test]
    public void A_row_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Row($"first{i:00}", Layouts.Filler(10 + (i * 7 % 50), $"last{i:00}"))).ToArray();
        var pages = Layouts.Paginate(Grid([new TableColumn(1), new TableColumn(3)], rows));

        Assert.That(pages, Has.Count.GreaterThan(1));
        for (var i = 1; i <= 30; i++)
        {
            var onPages = pages.Select((p, n) => (p, n)).Where(x => Layouts.Texts(x.p).Any(t => t.Text.Contains($"last{i:00}", StringComparison.Ordinal))).ToList();
            Assert.That(onPages.Select(x => x.n).Distinct().Count(), Is.EqualTo(1), $"row {i}");
            Assert.That(Layouts.PageOf(pages, $"first{i:00}"), Is.EqualTo(onPages[0].n), $"row {i}");
        }
    }

    [Test]
    public void A_row_taller_than_a_page_is_split_and_every_line_of_it_is_drawn()
    {
        var words = Enumerable.Range(1, 1500).Select(i => $"w{i}").ToList();
        var pages = Layouts.Paginate(Grid([new TableColumn(1), new TableColumn(3)], [Row("TALL", string.Join(" ", words))], header: Row("HEAD", "Text")));
        var drawn = pages.SelectMany(Layouts.Texts).SelectMany(t => t.Text.Split(' ')).Where(w => w.StartsWith('w')).ToList();

        Assert.That(pages, Has.Count.GreaterThan(1));
        Assert.That(drawn, Is.EqualTo(words), "all of the text, in order, once");
        Assert.That(pages.Select(p => Layouts.Texts(p).First().Text), Has.All.EqualTo("HEAD"));
    }

    [Test]
    public void A_cell_can_hold_several_paragraphs_and_a_list()
    {
        var cell = new TableCell(
        [
            Paragraph.Of("First paragraph."),
            new ListBlock(false, [new ListItem([new TextRun("one")]), new ListItem([new TextRun("two")])]),
            Paragraph.Of("Last paragraph."),
        ]);
        var ops = Layouts.Paginate(Grid([new TableColumn(1)], [new TableRow([cell])]))[0].Ops;
        var tags = ops.OfType<BeginTagOp>().Select(t => t.Tag).SkipWhile(t => t != StructureTag.TableDataCell).ToList();
        var texts = ops.OfType<TextOp>().ToList();

        Assert.That(texts.Select(t => t.Text), Is.EqualTo(new[] { "First paragraph.", "\u2022", "one", "\u2022", "two", "Last paragraph." }));
        Assert.That(texts.Select(t => t.Baseline), Is.Ordered.Ascending, "stacked top to bottom");
        Assert.That(texts.Select(t => t.Style.Font.Size), Has.All.EqualTo(DocumentStyle.Default.SmallSize), "table text is small");
        Assert.That(tags, Is.EqualTo(new[]
        {
            StructureTag.TableDataCell, StructureTag.Paragraph,
            StructureTag.List, StructureTag.ListItem, StructureTag.Label, StructureTag.ListBody,
            StructureTag.ListItem, StructureTag.Label, StructureTag.ListBody, StructureTag.Paragraph,
        }));
    }

    [Test]
    public void A_note_in_a_cell_is_grey_unless_the_cell_sets_its_own_text_colour()
    {
        static TableCell Cell(Rgb? foreground) =>
            new([Paragraph.Of("text"), Paragraph.Of(foreground is null ? "plain note" : "white note", ParagraphStyle.Note)], Foreground: foreground);
        var texts = Layouts.Texts(Layouts.Paginate(Grid([new TableColumn(1), new TableColumn(1)], [new TableRow([Cell(null), Cell(Rgb.White)])]))[0]).ToList();

        Assert.That(texts.Single(t => t.Text == "plain note").Style.Color, Is.EqualTo(LayoutContext.FurnitureColor));
        Assert.That(texts.Single(t => t.Text == "white note").Style.Color, Is.EqualTo(Rgb.White));
        Assert.That(texts.Where(t => t.Text == "text").Select(t => t.Style.Color), Is.EqualTo(new[] { LayoutContext.TextColor, Rgb.White }));
    }

    [Test]
    public void Empty_tables_lists_paragraphs_and_sections_still_lay_out()
    {
        var document = new ReportDocument(
            new DocumentInfo("Empty", "en-GB"),
            DocumentStyle.Default,
            [
                new Section(Orientation.Portrait, new PageFurniture(), [new Table("none", [], [], []), new ListBlock(true, []), new Paragraph([])]),
                new Section(Orientation.Landscape, new PageFurniture(), [Grid([new TableColumn(1)], [new TableRow([new TableCell([])])])]),
                new Section(Orientation.Portrait, new PageFurniture(), []),
            ]);

        Assert.That(Layouts.Paginate(document), Has.Count.EqualTo(3));
        Assert.That(Rendered.Bytes(document), Is.Not.Empty);
    }

    static Table Grid(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, TableRow? header = null) =>
        new("A test table", columns, header is null ? [] : [header], rows);

    static TableRow Row(params string[] cells) => new([.. cells.Select(c => TableCell.Of(c))]);
}
