using System.Globalization;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Tests.Fixtures;

/// <summary>
/// Appendix 1 of <see cref="HaveringReport"/>: one header row, goal rows and about 40 indicator rows with long
/// commentary, RAG cells and direction-of-travel cells, so the table runs over several landscape pages.
/// </summary>
internal static class Appendix
{
    public const string TableCaption = "Corporate performance indicators for Quarter 3 2016/17 with targets, RAG rating, direction of travel and commentary";

    public static readonly string[] ColumnHeadings =
        ["Indicator", "Tolerance", "Annual target", "Q3 target", "Q3 2016/17 (YTD)", "RAG", "Short-term DOT", "Long-term DOT", "Commentary"];

    public const int ValueColumn = 4;
    public const int RagColumn = 5;
    public const int ShortDotColumn = 6;

    private static readonly string[] Commentary =
    [
        "The total number of offences recorded this financial year to date is 13,143, an increase of 4.5% from 12,573 in the previous corresponding period. London wide there has been an increase of 3.8%. The sub-category 'Violence against the Person' has contributed four-fifths of the increase, resulting from continued improvements in recording practices.",
        "Q3 2016-17 was the first quarter of the current financial year to record a reduction against the previous corresponding period (4,355 down from 4,520). Monthly performance levels have been less varied since July 2015, and recording methodology changes appear to be embedded.",
        "Better identification of domestic violence and improved recording is helping us to identify escalation more effectively, leading to more repeat referrals. Havering has also seen a rise in MARAC to MARAC referrals from other boroughs.",
        "The Tasking Enforcement Group continues to be developed to address location based and high volume localised hotspots using multi-agency interventions. The ASB Panel and Community MARAC continue to deal with repeat victims and complex cases.",
    ];

    private static readonly (string Goal, string[] Indicators)[] Goals =
    [
        ("CLEAN: Havering will be clean and we will care for the environment",
        [
            "Fly-tips cleared within 24 hours", "Graffiti removed within 5 working days", "Streets below grade B for litter",
            "Household waste recycled or composted", "Missed bin collections per 100,000", "Abandoned vehicles removed within 24 hours",
            "Environmental enforcement notices issued", "Parks meeting Green Flag standard", "Trees planted", "Public toilets open",
            "Street lights repaired within 5 days", "Highway defects made safe on time",
        ]),
        ("SAFE: People will be safe, in their homes and in the community",
        [
            "CSP1 Total notifiable offences", "CSP2 Repeat domestic violence cases going to the MARAC", "CSP3 Anti-social behaviour incidents",
            "Residential burglaries", "Violence with injury", "Robbery of personal property", "Knife crime with injury",
            "Hate crime reported", "Young people entering the youth justice system", "Proven re-offending by young people",
            "Adults safeguarding enquiries concluded", "Children subject to a protection plan for a second time",
            "Child protection visits on time",
        ]),
        ("PROUD: Our residents will be proud to live in Havering",
        [
            "Young people not in education, employment or training (NI117)", "Council Tax collected", "Business rates collected",
            "Complaints answered within 10 days", "Calls answered within 60 seconds", "Library visits", "Volunteers recruited",
            "Residents satisfied with the council", "Freedom of information requests answered on time", "Apprenticeships started",
            "Affordable homes completed", "Households in temporary accommodation",
        ]),
    ];

    public static IReadOnlyList<Block> Blocks() =>
    [
        Heading.Of(1, "Appendix 1: Corporate Performance Indicators, Quarter 3 2016/17"),
        Paragraph.Of("RAG ratings compare the year-to-date figure with the Q3 target; direction of travel compares with the previous quarter (short term) and the same quarter last year (long term).", ParagraphStyle.Note),
        Table(),
    ];

    private static Table Table()
    {
        var rows = new List<TableRow>();
        var counter = 0;
        foreach (var (goal, indicators) in Goals)
        {
            rows.Add(new TableRow([new TableCell([Paragraph.Of(goal)], ColumnSpan: ColumnHeadings.Length)], IsGroupHeading: true));
            foreach (var indicator in indicators)
            {
                rows.Add(IndicatorRow(indicator, counter++));
            }
        }

        return new Table(
            TableCaption,
            [
                new TableColumn(19), new TableColumn(8, CellAlignment.Center), new TableColumn(8, CellAlignment.Right),
                new TableColumn(8, CellAlignment.Right), new TableColumn(9, CellAlignment.Right), new TableColumn(7, CellAlignment.Center),
                new TableColumn(8), new TableColumn(8), new TableColumn(35),
            ],
            [new TableRow([.. ColumnHeadings.Select(h => new TableCell([Paragraph.Of(h)], IsHeader: true))])],
            rows);
    }

    private static TableRow IndicatorRow(string indicator, int index)
    {
        var (value, target, annual, rag) = indicator switch
        {
            _ when indicator.StartsWith("CSP1", StringComparison.Ordinal) => ("13,143", "12,375", "16,500", "Red"),
            _ when indicator.StartsWith("CSP2", StringComparison.Ordinal) => ("28.8%", "40.0%", "40.0%", "Green"),
            _ when indicator.StartsWith("CSP3", StringComparison.Ordinal) => ("4,810", "3,750", "5,000", "Red"),
            _ => (Figure(1000 + (index * 137)), Figure(1000 + (index * 131)), Figure(1300 + (index * 175)), new[] { "Green", "Amber", "Red" }[index % 3]),
        };
        var better = index % 2 == 0;
        List<Block> commentary = [Paragraph.Of(Commentary[index % Commentary.Length])];
        if (indicator.StartsWith("CSP3", StringComparison.Ordinal))
        {
            commentary.Add(Paragraph.Of("Corrective action:"));
            commentary.Add(new ListBlock(false,
            [
                new ListItem([new TextRun("A joint OSC topic group on unauthorised encampments")]),
                new ListItem([new TextRun("Cross-border working with geographical neighbours")]),
            ]));
        }

        return new TableRow(
        [
            TableCell.Of(indicator),
            TableCell.Of("5%"),
            TableCell.Of(annual),
            TableCell.Of(target),
            TableCell.Of(value),
            RagCell(rag),
            Direction(better),
            Direction(!better),
            new TableCell(commentary),
        ]);
    }

    public static TableCell RagCell(string rag) => rag switch
    {
        "Red" => new TableCell([Paragraph.Of("Red")], Background: HaveringReport.RagRed, Foreground: Rgb.White),
        "Green" => new TableCell([Paragraph.Of("Green")], Background: HaveringReport.RagGreen, Foreground: Rgb.White),
        _ => new TableCell([Paragraph.Of("Amber")], Background: HaveringReport.RagAmber, Foreground: Rgb.Black),
    };

    private static TableCell Direction(bool better) => better
        ? TableCell.Of(new TextRun("\u2191", Bold: true, Color: HaveringReport.RagGreen), new TextRun(" Better"))
        : TableCell.Of(new TextRun("\u2193", Bold: true, Color: HaveringReport.RagRed), new TextRun(" Worse"));

    private static string Figure(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
