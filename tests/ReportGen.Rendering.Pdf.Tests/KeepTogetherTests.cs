using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Support;
using UglyToad.PdfPig;

namespace ReportGen.Rendering.Pdf.Tests;

/// <summary>A short table marked to be kept together starts on a new page rather than leave rows behind.</summary>
public sealed class KeepTogetherTests
{
    // Enough paragraphs to leave room for the table's header and a few rows, but not all twelve, at the page foot.
    private static ReportDocument Document(bool keepTogether)
    {
        var filler = Enumerable.Range(1, 30).Select(i => (Block)Paragraph.Of($"Filler paragraph {i} of the page."));
        var rows = Enumerable.Range(1, 12)
            .Select(i => new TableRow([TableCell.Of($"Month{i:D2}"), TableCell.Of((i * 100).ToString(System.Globalization.CultureInfo.InvariantCulture))]))
            .ToList();
        var table = new Table("Months", [new TableColumn(1), new TableColumn(1)], [new TableRow([TableCell.Of("Month") with { IsHeader = true }, TableCell.Of("Count") with { IsHeader = true }])], rows, KeepTogether: keepTogether);
        return new ReportDocument(
            new DocumentInfo("Keep together", "en-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [.. filler, table])]);
    }

    private static IReadOnlyList<int> PagesWithRows(ReportDocument document)
    {
        using var pdf = PdfDocument.Open(Rendered.Bytes(document));
        return pdf.GetPages().Where(p => p.GetWords().Any(w => w.Text.StartsWith("Month", StringComparison.Ordinal) && w.Text.Length == 7)).Select(p => p.Number).ToList();
    }

    [Test]
    public void Without_the_hint_the_table_splits_between_rows()
    {
        Assert.That(PagesWithRows(Document(keepTogether: false)), Is.EqualTo(new[] { 1, 2 }), "the fixture must split, or the next test proves nothing");
    }

    [Test]
    public void With_the_hint_the_whole_table_moves_to_the_next_page()
    {
        Assert.That(PagesWithRows(Document(keepTogether: true)), Is.EqualTo(new[] { 2 }));
    }
}
