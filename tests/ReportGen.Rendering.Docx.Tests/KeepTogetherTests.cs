using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>A table marked to be kept together keeps every row with the next, so Word moves it whole.</summary>
public sealed class KeepTogetherTests
{
    private static W.Table Render(bool keepTogether)
    {
        var rows = Enumerable.Range(1, 4).Select(i => new TableRow([TableCell.Of($"Row {i}"), TableCell.Of("x")])).ToList();
        var table = new Table("Rows", [new TableColumn(1), new TableColumn(1)], [new TableRow([TableCell.Of("A") with { IsHeader = true }, TableCell.Of("B") with { IsHeader = true }])], rows, KeepTogether: keepTogether);
        var document = new ReportDocument(new DocumentInfo("Keep", "en-GB"), DocumentStyle.Default, [new Section(Orientation.Portrait, new PageFurniture(), [table])]);
        using var docx = RenderedDocx.Of(document);
        return (W.Table)docx.Tables.Single().CloneNode(true);
    }

    private static IEnumerable<bool> KeepNextByRow(W.Table table) => table.Elements<W.TableRow>()
        .Select(row => row.Descendants<W.Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null));

    [Test]
    public void Every_row_but_the_last_keeps_with_the_next() =>
        Assert.That(KeepNextByRow(Render(keepTogether: true)), Is.EqualTo(new[] { true, true, true, true, false }));

    [Test]
    public void Without_the_hint_body_rows_may_part() =>
        Assert.That(KeepNextByRow(Render(keepTogether: false)).Skip(1), Has.All.False, "the header row always keeps with the first row");
}
