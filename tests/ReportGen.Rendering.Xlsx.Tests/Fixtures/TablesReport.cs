using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Xlsx.Tests.Fixtures;

/// <summary>
/// A pack of tables as the composer makes them: a form, an indicator table grouped by goal with a ratings column spanning
/// two model columns, figures in every printed form, <c>[c]</c> with its footnote, a source note, two header rows, a table
/// inside columns, and a table with no rows (left out of a workbook).
/// </summary>
internal static class TablesReport
{
    public const string Title = "Corporate Performance Report: Quarter 3 (2016/17)";
    public const string Confidential = "[c] confidential: figure suppressed to protect the identity of individuals";
    public const string Source = "Source: police recorded crime, December 2016 extract.";

    public static ReportDocument Create(DateTimeOffset? created = null, string? marking = "OFFICIAL", IReadOnlyList<TableRow>? extraRows = null, string? watermark = null)
    {
        var form = new Table(
            "Report details",
            [new TableColumn(1), new TableColumn(2.6)],
            [],
            [
                new TableRow([Label("Subject Heading"), TableCell.Of(Title)]),
                new TableRow([Label("Report Author and contact details"), TableCell.Of(new TextRun("Iain Agar"), new LineBreak(), new TextRun("01708 432 928"))]),
            ],
            TableKind.Form)
        { FormHeadings = ["Detail", "Value"] };

        var indicators = new Table(
            "Performance indicators, Quarter 3 (2016/17)",
            [new TableColumn(1), new TableColumn(3), new TableColumn(1.2, CellAlignment.Right), new TableColumn(1.2, CellAlignment.Right), new TableColumn(0.6), new TableColumn(0.6)],
            [new TableRow([Header("Ref"), Header("Indicator"), Header("Q3 2016/17"), Header("YTD 2016/17"), Header("RAG") with { ColumnSpan = 2 }])],
            [
                new TableRow([TableCell.Of("PEOPLE WILL BE SAFE", bold: true) with { ColumnSpan = 6 }], IsGroupHeading: true),
                new TableRow([TableCell.Of("CSP1"), TableCell.Of("Total notifiable offences"), TableCell.Of("4,355"), TableCell.Of(new TextRun("13,143"), new LineBreak(), new TextRun("last year 12,573"), new LineBreak(), new TextRun("(+4.5%)")), Rag("Red") with { ColumnSpan = 2 }]),
                new TableRow([TableCell.Of("CSP2"), TableCell.Of("Repeat domestic violence cases"), TableCell.Of("28.8%"), TableCell.Of("25.7%"), Rag("Green"), Rag("Amber")]),
                new TableRow([TableCell.Of("HOM"), TableCell.Of("Homicide"), TableCell.Of("[c]"), TableCell.Of("[c]"), TableCell.Of("[c]") with { ColumnSpan = 2 }]),
                new TableRow([TableCell.Of("PEOPLE WILL BE PROUD", bold: true) with { ColumnSpan = 6 }], IsGroupHeading: true),
                new TableRow([TableCell.Of("MON1"), TableCell.Of("Spend against budget"), TableCell.Of("£4.3m"), TableCell.Of("£12,345"), Rag("Green") with { ColumnSpan = 2 }]),
                new TableRow([TableCell.Of("DAY1"), TableCell.Of("Days to decide"), TableCell.Of("12.5 days"), TableCell.Of("1 day"), Rag("Not rated") with { ColumnSpan = 2 }]),
                new TableRow([TableCell.Of("CHG"), TableCell.Of("Change on last year"), TableCell.Of("+4.5%"), TableCell.Of("-2.0%"), TableCell.Of("n/a") with { ColumnSpan = 2 }]),
                new TableRow([TableCell.Of("0123"), TableCell.Of("17 of 59"), TableCell.Of("2016/17"), TableCell.Of("-£1.2m"), TableCell.Of("20170131") with { ColumnSpan = 2 }]),
                .. extraRows ?? [],
            ]);

        var monthly = new Table(
            "Fraud victims satisfied, by quarter",
            [new TableColumn(2), new TableColumn(1), new TableColumn(1), new TableColumn(1)],
            [
                new TableRow([Header(""), Header("2015/16") with { ColumnSpan = 2 }, Header("2016/17")]),
                new TableRow([Header(""), Header("Q1"), Header("Q2"), Header("Q1")]),
            ],
            [new TableRow([TableCell.Of("Percentage satisfied"), TableCell.Of("40%"), TableCell.Of("50%"), TableCell.Of("72%")])]);

        var inColumns = new Table(
            "Budget, forecast and variance, 2021/22",
            [new TableColumn(2), new TableColumn(1)],
            [new TableRow([Header("Budget line"), Header("2021/22 budget")])],
            [new TableRow([TableCell.Of("Oversight and scrutiny"), TableCell.Of("£4.2m")])]);

        var empty = new Table("Nothing to show", [new TableColumn(1)], [new TableRow([Header("Ref")])], []);

        var document = new ReportDocument(
            new DocumentInfo(Title, "en-GB", "London Borough of Havering", "Crime & Disorder Sub-Committee: Quarter 3 (2016/17) performance", ["performance", "2016/17 Q3"], created),
            DocumentStyle.Default,
            [
                new Section(Orientation.Portrait, new PageFurniture(Marking: marking), [Heading.Of(1, "CRIME & DISORDER"), form, Paragraph.Of("Some words that are not a table.")]),
                new Section(Orientation.Landscape, new PageFurniture(Marking: marking),
                [
                    Heading.Of(1, "Appendix 1"),
                    indicators,
                    Paragraph.Of(Confidential, ParagraphStyle.Note),
                    Paragraph.Of(Source, ParagraphStyle.Note),
                    monthly,
                    Paragraph.Of(Source, ParagraphStyle.Note),
                    new Columns([new LayoutColumn(1, [inColumns]), new LayoutColumn(1, [Paragraph.Of("Beside it."), empty])]),
                ]),
            ]);
        return watermark is null ? document : document.WithWatermark(watermark);
    }

    private static TableCell Header(string text) => TableCell.Of(text) with { IsHeader = true };

    private static TableCell Label(string text) => TableCell.Of(text) with { IsHeader = true };

    private static TableCell Rag(string word) => new([Paragraph.Of(word)], Background: Rgb.FromHex("#C00000"), Foreground: Rgb.FromHex("#FFFFFF"), Alignment: CellAlignment.Center);
}
