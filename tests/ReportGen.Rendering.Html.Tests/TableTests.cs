using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Tests.Support;

namespace ReportGen.Rendering.Html.Tests;

/// <summary>Tables read back: caption, header scopes, spans, RAG as words and colour, and their scrolling region.</summary>
public sealed class TableTests
{
    private static readonly Rgb Red = Rgb.FromHex("#D4351C");
    private static readonly Rgb Amber = Rgb.FromHex("#F47738");
    private static readonly Rgb Black = Rgb.FromHex("#0B0C0C");

    private static Table Grid() => new(
        "Indicators by RAG rating, Q3 2016/17",
        [new TableColumn(3), new TableColumn(1, CellAlignment.Right), new TableColumn(1, CellAlignment.Center)],
        [
            new TableRow([TableCell.Of("Indicator"), TableCell.Of("Value") with { ColumnSpan = 2 }]),
            new TableRow([TableCell.Of(""), TableCell.Of("YTD"), TableCell.Of("RAG")]),
        ],
        [
            new TableRow([TableCell.Of("Clean", bold: true) with { ColumnSpan = 3 }], IsGroupHeading: true),
            new TableRow([TableCell.Of("Total notifiable offences"), TableCell.Of("13,143"), new TableCell([Paragraph.Of("Red")], Background: Red, Foreground: Rgb.White)]),
            new TableRow([TableCell.Of("Anti-social behaviour"), TableCell.Of("4,810"), new TableCell([Paragraph.Of("Amber")], Background: Amber, Foreground: Black)]),
        ]);

    private static Table Form() => new(
        "Report details",
        [new TableColumn(1), new TableColumn(2)],
        [],
        [new TableRow([TableCell.Of("Subject") with { IsHeader = true }, TableCell.Of("Quarter 3")])],
        TableKind.Form);

    [Test]
    public void A_table_has_its_caption_and_sits_in_a_region_named_by_it()
    {
        var html = Rendered.Parse(Rendered.Of(Grid()));
        var table = html.QuerySelector("table")!;
        Assert.That(table.QuerySelector("caption")?.TextContent, Is.EqualTo("Indicators by RAG rating, Q3 2016/17"));
        Assert.That(table.FirstElementChild?.LocalName, Is.EqualTo("caption"), "the caption is the table's first child");
        var region = table.ParentElement!;
        Assert.That((region.GetAttribute("role"), region.GetAttribute("tabindex")), Is.EqualTo(("region", "0")));
        Assert.That(html.GetElementById(region.GetAttribute("aria-labelledby")!), Is.SameAs(table.QuerySelector("caption")));
    }

    [Test]
    public void Header_rows_are_column_headers_and_a_form_s_labels_are_row_headers()
    {
        var grid = Rendered.Parse(Rendered.Of(Grid())).QuerySelector("table")!;
        Assert.That(grid.QuerySelectorAll("thead tr"), Has.Length.EqualTo(2));
        Assert.That(grid.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")), Is.All.EqualTo("col"));
        Assert.That(grid.QuerySelectorAll("thead td"), Is.Empty);
        Assert.That(grid.QuerySelector("thead th[colspan='2']")?.TextContent, Is.EqualTo("Value"));
        Assert.That(grid.QuerySelectorAll("tbody th"), Is.Empty, "no body cell of a grid is a header");

        var form = Rendered.Parse(Rendered.Of(Form())).QuerySelector("table")!;
        Assert.That(form.QuerySelector("thead"), Is.Null);
        Assert.That(form.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => $"{c.LocalName}:{c.GetAttribute("scope")}:{c.TextContent}"))),
            Is.EqualTo(new[] { "th:row:Subject|td::Quarter 3" }));
    }

    [Test]
    public void A_rating_is_its_word_on_its_colour_and_cells_keep_their_alignment_and_span()
    {
        var rows = Rendered.Parse(Rendered.Of(Grid())).QuerySelectorAll("tbody tr").ToList();
        Assert.That(rows[0].ClassList, Does.Contain("group"));
        Assert.That(rows[0].Children.Single().GetAttribute("colspan"), Is.EqualTo("3"));
        var red = rows[1].Children[2];
        Assert.That(red.TextContent, Is.EqualTo("Red"), "the rating in words, not colour alone");
        Assert.That(red.GetAttribute("style"), Is.EqualTo("background:#D4351C;color:#FFFFFF;"));
        Assert.That(red.ClassList, Does.Contain("center"));
        Assert.That(rows[2].Children[2].GetAttribute("style"), Is.EqualTo("background:#F47738;color:#0B0C0C;"));
        Assert.That(rows[1].Children[1].ClassList, Does.Contain("right"), "the column's alignment");
        Assert.That(Contrast.Ratio(Rgb.White, Red), Is.GreaterThanOrEqualTo(4.5));
        Assert.That(Contrast.Ratio(Black, Amber), Is.GreaterThanOrEqualTo(4.5));
    }

    [Test]
    public void The_columns_keep_their_shares_of_the_width()
    {
        var widths = Rendered.Parse(Rendered.Of(Grid())).QuerySelectorAll("col").Select(c => c.GetAttribute("style"));
        Assert.That(widths, Is.EqualTo(new[] { "width:60%", "width:20%", "width:20%" }));
    }

    [Test]
    public void The_stylesheet_s_own_colours_read_at_four_and_a_half_to_one_or_more()
    {
        var style = DocumentStyle.Default;
        Assert.That(Contrast.Ratio(style.TableHeaderForeground, style.TableHeaderBackground), Is.GreaterThanOrEqualTo(4.5));
        Assert.That(Contrast.Ratio(Styles.StyleSheet.LinkColor, Rgb.White), Is.GreaterThanOrEqualTo(4.5));
        Assert.That(Contrast.Ratio(Styles.StyleSheet.QuietColor, Rgb.FromHex("#F3F2F1")), Is.GreaterThanOrEqualTo(4.5), "notes and furniture, also on the shaded contents");
        Assert.That(Contrast.Ratio(Styles.StyleSheet.LinkColor, Rgb.FromHex("#F3F2F1")), Is.GreaterThanOrEqualTo(4.5), "links on the shaded contents");
    }
}
