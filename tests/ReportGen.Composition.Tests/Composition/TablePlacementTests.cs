using ReportGen.Composition;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Composition;

public sealed class TablePlacementTests
{
    private static Table TableOf(int rows) => new(
        "t",
        [new TableColumn(1)],
        [],
        Enumerable.Range(0, rows).Select(_ => new TableRow([TableCell.Of("x")])).ToList());

    [TestCase(1, true)]
    [TestCase(15, true)] // a month-by-month table with its YTD and prediction rows fits the rule
    [TestCase(16, false)] // long tables split between rows, header repeated
    public void Short_tables_are_kept_together(int rows, bool kept) =>
        Assert.That(((Table)TablePlacement.Place(TableOf(rows))).KeepTogether, Is.EqualTo(kept));

    [Test]
    public void Other_blocks_pass_through()
    {
        var paragraph = Paragraph.Of("x");
        Assert.That(TablePlacement.Place(paragraph), Is.SameAs(paragraph));
    }
}
