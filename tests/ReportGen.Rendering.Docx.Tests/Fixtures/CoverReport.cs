using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Tests.Fixtures;

/// <summary>The cover report of <see cref="HaveringReport"/>, from the Havering report (Agenda Item 9).</summary>
internal static class CoverReport
{
    public const string FormCaption = "Report details: subject, lead, author and policy context";

    public static IReadOnlyList<Block> Blocks() =>
    [
        Heading.Of(1, HaveringReport.Committee),
        Paragraph.Of("Agenda Item 9", ParagraphStyle.Note),
        FormTable(),
        Heading.Of(2, "Summary"),
        Paragraph.Of("The Corporate Performance Report provides an overview of the Council's performance against each of the strategic goals (Clean, Safe and Proud)."),
        Paragraph.Of("The report identifies where the Council is performing well (Green) and not so well (Amber and Red). The RAG ratings for 2016/17 are as follows:"),
        new ListBlock(false,
        [
            new ListItem([new TextRun("Red", Bold: true), new TextRun(" = more than the 'target tolerance' off the quarter target and where performance has "), new TextRun("not improved", Italic: true)]),
            new ListItem([new TextRun("Amber", Bold: true), new TextRun(" = more than the 'target tolerance' off the quarter target and where performance has "), new TextRun("improved or been maintained", Italic: true)]),
            new ListItem([new TextRun("Green", Bold: true), new TextRun(" = on or within the 'target tolerance' of the quarter target")]),
        ]),
        Paragraph.Of("Also included in the report are Direction of Travel (DOT) columns, which compare:"),
        new ListBlock(false,
        [
            new ListItem([new TextRun("Short-term performance with the previous quarter (Quarter 2 2016/17)")]),
            new ListItem([new TextRun("Long-term performance with the same time the previous year (Quarter 3 2015/16)")]),
        ]),
        Heading.Of(2, "Recommendations"),
        Paragraph.Of("That Members of the Committee:"),
        new ListBlock(true,
        [
            new ListItem([new TextRun("Review", Bold: true), new TextRun(" the levels of performance set out in "), new TextRun("Appendix 1", Bold: true), new TextRun(" and the corrective action that is being taken, and")]),
            new ListItem([new TextRun("Note", Bold: true), new TextRun(" the content of the Demand Pressures Dashboard attached as "), new TextRun("Appendix 2", Bold: true), new TextRun(".")]),
        ]),
        Heading.Of(2, "Report detail"),
        Heading.Of(3, "People will be safe, in their homes and in the community"),
        Paragraph.Of("Currently there are three indicators relevant to Crime and Disorder, of which two are currently shown as having a red RAG status and one a green RAG status."),
        Heading.Of(4, "Highlights"),
        new Paragraph([
            new TextRun("In Q3, 17 of 59 domestic violence cases referred to the Multi-Agency Risk Assessment Conference (MARAC) were repeat referrals ("),
            new TextRun("28.8%", Bold: true),
            new TextRun("). Cumulatively, the repeat referral rate for the financial year to date is 25.7%."),
            new LineBreak(),
            new TextRun("This is higher than the national average of 24.5%, but within the recommended guidelines of 28-40%."),
        ]),
        Heading.Of(4, "Improvements required"),
        new ListBlock(true,
        [
            new ListItem([new TextRun("The total number of offences (TNO) recorded this financial year to date is "), new TextRun("13,143", Bold: true), new TextRun(", an increase of 4.5% from 12,573 in the previous corresponding period.")]),
            new ListItem([new TextRun("The total number of ASB reports this financial year to date is "), new TextRun("4,810", Bold: true), new TextRun(", an increase of 26.0% from 3,817 reports in the previous corresponding period.")]),
        ]),
        Heading.Of(2, "Background papers"),
        new Paragraph([
            new TextRun("The Corporate Plan 2016/17 is available on the council's website: "),
            new Hyperlink("Corporate Plan 2016/17 (PDF)", HaveringReport.CorporatePlanUrl),
            new TextRun("."),
        ]),
        Paragraph.Of("Source: Metropolitan Police Service crime data; Havering Community Safety Partnership.", ParagraphStyle.Note),
    ];

    private static Table FormTable() => new(
        FormCaption,
        [new TableColumn(32), new TableColumn(68)],
        [],
        [
            Row("Subject Heading:", TableCell.Of(HaveringReport.Title, bold: true)),
            Row("CMT Lead:", TableCell.Of("Sarah Homer (Interim Chief Operating Officer)")),
            Row("Report Author and contact details:", new TableCell(
            [
                Paragraph.Of("Iain Agar, Community Safety Partnership Analyst, Community Safety Team"),
                Paragraph.Of("IAIN.AGAR@havering.gov.uk 01708 432 928"),
            ])),
            Row("Policy context:", TableCell.Of("The report sets out Quarter 3 performance for indicators relevant to the sub-committee")),
        ],
        TableKind.Form);

    private static TableRow Row(string label, TableCell value) =>
        new([new TableCell([Paragraph.Of(label)], IsHeader: true), value]);
}
