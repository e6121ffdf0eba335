using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Tests.Fixtures;

/// <summary>
/// A document shaped like the London Borough of Havering's Corporate Performance Report to the Crime &amp; Disorder
/// sub-committee: a portrait cover report, then a landscape appendix whose indicator table runs over pages.
/// </summary>
internal static class HaveringReport
{
    public const string Title = "Corporate Performance Report: Quarter 3 (2016/17)";
    public const string Committee = "Crime & Disorder Overview & Scrutiny Sub-Committee";

    public static readonly Rgb Red = Rgb.FromHex("#D4351C");
    public static readonly Rgb Amber = Rgb.FromHex("#F47738");
    public static readonly Rgb Green = Rgb.FromHex("#00703C");

    public static ReportDocument Document(int firstPageNumber = 1, DateTimeOffset? created = null, int indicatorRows = 40) => new(
        new DocumentInfo(
            Title,
            "en-GB",
            Author: "London Borough of Havering",
            Subject: "Quarter 3 performance for the Crime & Disorder sub-committee",
            Keywords: ["performance", "community safety", "2016/17"],
            Created: created),
        DocumentStyle.Default,
        [Cover(), Appendix(indicatorRows)],
        firstPageNumber);

    static Section Cover() => new(
        Orientation.Portrait,
        new PageFurniture(HeaderText: Committee, FooterText: Title),
        [
            Paragraph.Of("Agenda Item 9"),
            Heading.Of(1, "CRIME & DISORDER SUB-COMMITTEE"),
            CoverForm(),
            Heading.Of(2, "SUMMARY"),
            Paragraph.Of("The Corporate Performance Report provides an overview of the Council's performance against each of the strategic goals (Clean, Safe and Proud)."),
            Paragraph.Of("The report identifies where the Council is performing well (Green) and not so well (Amber and Red). The RAG ratings for 2016/17 are as follows:"),
            new ListBlock(false,
            [
                new ListItem([new TextRun("Red", Bold: true), new TextRun(" = more than the 'target tolerance' off the quarter target and where performance has "), new TextRun("not improved", Italic: true)]),
                new ListItem([new TextRun("Amber", Bold: true), new TextRun(" = more than the 'target tolerance' off the quarter target and where performance has "), new TextRun("improved or been maintained", Italic: true)]),
                new ListItem([new TextRun("Green", Bold: true), new TextRun(" = on or within the 'target tolerance' of the quarter target")]),
            ]),
            new Paragraph(
            [
                new TextRun("A green arrow ("), new TextRun("\u2191", Color: Green), new TextRun(") means performance is better and a red arrow ("),
                new TextRun("\u2193", Color: Red), new TextRun(") means performance is worse. An amber arrow ("),
                new TextRun("\u2192", Color: Amber), new TextRun(") means that performance is the same."),
            ]),
            Heading.Of(2, "RECOMMENDATIONS"),
            Paragraph.Of("That Members of the Committee:"),
            new ListBlock(true,
            [
                new ListItem([new TextRun("Review", Bold: true), new TextRun(" the levels of performance set out in "), new TextRun("Appendix 1", Bold: true), new TextRun(" and the corrective action that is being taken, and")]),
                new ListItem([new TextRun("Note", Bold: true), new TextRun(" the content of the Demand Pressures Dashboard attached as Appendix 2.")]),
            ]),
            Heading.Of(2, "REPORT DETAIL"),
            Heading.Of(3, "People will be safe, in their homes and in the community"),
            new Paragraph(
            [
                new TextRun("In Q3, 17 of 59 domestic violence cases referred to the Multi-Agency Risk Assessment Conference (MARAC) were repeat referrals ("),
                new TextRun("28.8%", Bold: true),
                new TextRun("). Cumulatively, the repeat referral rate for the financial year to date is 25.7%. This is higher than the national average of 24.5%, but within the recommended guidelines of 28-40% as set by Safe Lives."),
            ]),
            new Paragraph(
            [
                new TextRun("The total number of offences (TNO) recorded this financial year to date is "),
                new TextRun("13,143", Bold: true),
                new TextRun(", an increase of 4.5% from 12,573 in the previous corresponding period. London wide there has been an increase of 3.8%."),
            ]),
            Paragraph.Of("The total number of ASB reports this financial year to date is 4,810, an increase of 26.0% from 3,817 reports in the previous corresponding period."),
            Heading.Of(2, "BACKGROUND PAPERS"),
            new Paragraph(
            [
                new TextRun("The Corporate Plan 2016/17 is available on the website at "),
                new Hyperlink("https://www.havering.gov.uk/Documents/Council-democracy-elections/Corporate%20Plan%20201617.pdf", "https://www.havering.gov.uk/Documents/Council-democracy-elections/Corporate%20Plan%20201617.pdf"),
                new TextRun("."),
            ]),
            Paragraph.Of("Source: Havering corporate performance dataset, Quarter 3 2016/17.", ParagraphStyle.Note),
        ]);

    static Table CoverForm() => new(
        "Report details: subject, lead, author and policy context",
        [new TableColumn(1), new TableColumn(2.6)],
        [],
        [
            FormRow("Subject Heading:", [Paragraph.Of(Title)]),
            FormRow("CMT Lead:", [Paragraph.Of("Sarah Homer (Interim Chief Operating Officer)")]),
            FormRow("Report Author and contact details:",
            [
                Paragraph.Of("Iain Agar, Community Safety Partnership Analyst, Community Safety Team"),
                Paragraph.Of("IAIN.AGAR@havering.gov.uk 01708 432 928"),
            ]),
            FormRow("Policy context:", [Paragraph.Of("The report sets out Quarter 3 performance for indicators relevant to the sub-committee")]),
        ],
        TableKind.Form);

    static TableRow FormRow(string label, IReadOnlyList<Block> value) =>
        new([new TableCell([Paragraph.Of(label)], IsHeader: true), new TableCell(value)]);

    static Section Appendix(int rows) => new(
        Orientation.Landscape,
        new PageFurniture(HeaderText: Committee, FooterText: "Appendix 1: Corporate Performance Indicators", Marking: "OFFICIAL"),
        [
            Heading.Of(1, "Appendix 1: Crime & Disorder indicators, Quarter 3 2016/17"),
            Paragraph.Of("Targets, quarter values, RAG ratings and directions of travel for the indicators under the SAFE goal."),
            IndicatorTable.Create(rows),
        ]);
}
