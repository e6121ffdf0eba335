using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Layout;
using ReportGen.Rendering.Pdf.Tests.Support;

namespace ReportGen.Rendering.Pdf.Tests.Layout;

/// <summary>
/// No page ends with a heading or with a table's title: a heading, then a paragraph marked as the title of what
/// follows, then a table start on one page, wherever the filler above them leaves the page's foot.
/// </summary>
public sealed class TitleKeptWithNextTests
{
    private const string HeadingText = "Victim satisfaction surveys";
    private const string TitleText = "Overall, how satisfied are you with the initial service?";
    private const string FirstRow = "Percentage satisfied";

    private static IReadOnlyList<LaidOutPage> Pages(int fillers, bool keep)
    {
        var filler = Enumerable.Range(1, fillers).Select(i => (Block)Paragraph.Of($"Filler paragraph {i} of the page."));
        var rows = Enumerable.Range(1, 3)
            .Select(i => new TableRow([TableCell.Of(i == 1 ? FirstRow : $"Row {i}"), TableCell.Of("72%")]))
            .ToList();
        var table = new Table(
            "Survey",
            [new TableColumn(2), new TableColumn(1)],
            [new TableRow([TableCell.Of("Measure") with { IsHeader = true }, TableCell.Of("Q3") with { IsHeader = true }])],
            rows);
        var title = new Paragraph([new TextRun(TitleText, Bold: true)]) { KeepWithNext = keep };
        return Layouts.Paginate([.. filler, Heading.Of(2, HeadingText), title, table]);
    }

    // Every filler length from a page that holds it all to one that pushes it over: some length leaves room at the
    // foot for the heading and the title but not for the table's header and first row.
    private static IEnumerable<int> Fillers => Enumerable.Range(30, 30);

    [Test]
    public void Without_the_mark_some_page_ends_with_the_heading_and_the_title()
    {
        Assert.That(
            Fillers.Any(n => Pages(n, keep: false) is var pages && Layouts.PageOf(pages, TitleText) != Layouts.PageOf(pages, FirstRow)),
            "the fixture must strand the title, or the next test proves nothing");
    }

    [Test]
    public void With_the_mark_the_heading_and_the_title_start_the_page_of_the_table()
    {
        foreach (var n in Fillers)
        {
            var pages = Pages(n, keep: true);
            var table = Layouts.PageOf(pages, FirstRow);

            Assert.That(Layouts.PageOf(pages, TitleText), Is.EqualTo(table), $"{n} fillers: the title");
            Assert.That(Layouts.PageOf(pages, HeadingText), Is.EqualTo(table), $"{n} fillers: the heading");
        }
    }
}
