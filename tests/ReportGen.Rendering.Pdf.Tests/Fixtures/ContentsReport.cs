using System.Globalization;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Tests.Support;

namespace ReportGen.Rendering.Pdf.Tests.Fixtures;

/// <summary>
/// A contents page, then one section per sheet: the contents table lists "k. Sheet k" as a link to the sheet and the
/// page the sheet starts on; each sheet is headed "k. Sheet k" (anchor <c>sheet-k</c>), with a level 2 heading and
/// enough text that every third sheet runs over several pages.
/// </summary>
internal static class ContentsReport
{
    public static string Title(int sheet) => $"{N(sheet)}. Sheet {N(sheet)}";

    public static string Anchor(int sheet) => "sheet-" + N(sheet);

    public static ReportDocument Create(int sheets, int firstPageNumber = 1)
    {
        var rows = Enumerable.Range(1, sheets).Select(k => new TableRow(
        [
            new TableCell([new Paragraph([new AnchorLink(Title(k), Anchor(k))])]),
            new TableCell([new Paragraph([new PageReference(Anchor(k))])]),
        ]));
        var contents = new Table(
            "The sheets and their pages",
            [new TableColumn(5), new TableColumn(1, CellAlignment.Right)],
            [new TableRow([Header("Sheet"), Header("Page")])],
            [.. rows]);
        var sections = new List<Section> { new(Orientation.Portrait, new PageFurniture(), [Heading.Of(1, "Contents"), contents]) };
        sections.AddRange(Enumerable.Range(1, sheets).Select(k => new Section(Orientation.Portrait, new PageFurniture(),
        [
            new Heading(1, [new TextRun(Title(k))]) { Anchor = Anchor(k) },
            Paragraph.Of(Layouts.Filler(k % 3 == 0 ? 1400 : 120)),
            Heading.Of(2, $"Analysis {N(k)}"),
            Paragraph.Of(Layouts.Filler(60)),
        ])));
        return new ReportDocument(new DocumentInfo("Measures", "en-GB"), DocumentStyle.Default, sections, firstPageNumber);
    }

    static TableCell Header(string text) => new([Paragraph.Of(text)], IsHeader: true);

    static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
