using System.Globalization;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Pdf.Tests.Fixtures;

/// <summary>
/// The appendix's indicator table: a header row, a group heading, then indicator rows with long commentary, RAG
/// cells and direction-of-travel arrows. Row <c>n</c> starts with the reference <c>CSP-nn</c> and its commentary
/// ends with the note "Source: … (CSP-nn)", so a test can tell a row's first line from its last.
/// </summary>
internal static class IndicatorTable
{
    public static readonly string[] HeaderTexts = ["Ref", "Indicator", "Target", "Q3 value", "RAG", "Short term", "Long term", "Commentary"];

    static readonly string[] Sentences =
    [
        "The total number of offences recorded this financial year to date is 13,143, an increase of 4.5% from 12,573 in the previous corresponding period.",
        "London wide there has been an increase of 3.8%, so Havering's rise is a little above the capital's.",
        "The sub-category 'Violence against the Person' has contributed four-fifths of the increase, resulting from continued improvements in recording practice.",
        "Q3 was the first quarter of the year to record a reduction against the previous corresponding period (4,355 down from 4,520).",
        "In Q3, 17 of 59 domestic violence cases referred to the MARAC were repeat referrals (28.8%).",
        "Repeat referrals are usually made to prevent escalation of more serious behaviour rather than waiting for a case to reach the threshold again.",
        "The Tasking Enforcement Group continues to address location-based and high-volume hotspots of anti-social behaviour with multi-agency interventions.",
    ];

    static readonly string[] Names =
    [
        "Total notifiable offences",
        "Repeat domestic violence cases going to the MARAC",
        "Anti-social behaviour incidents",
        "Violence with injury",
        "Residential burglary",
        "Theft of and from motor vehicles",
    ];

    public static string Reference(int row) => "CSP-" + row.ToString("00", CultureInfo.InvariantCulture);

    public static Table Create(int rows)
    {
        var body = new List<TableRow>
        {
            new([new TableCell([Paragraph.Of("SAFE: People will be safe, in their homes and in the community")], ColumnSpan: 8)], IsGroupHeading: true),
        };
        for (var i = 1; i <= rows; i++)
        {
            body.Add(Row(i));
        }

        return new Table(
            "Crime and disorder indicators with targets, values, RAG ratings, directions of travel and commentary",
            [
                new TableColumn(0.8),
                new TableColumn(2.4),
                new TableColumn(0.9, CellAlignment.Right),
                new TableColumn(0.9, CellAlignment.Right),
                new TableColumn(0.8, CellAlignment.Center),
                new TableColumn(1.0),
                new TableColumn(1.0),
                new TableColumn(6.0),
            ],
            [new TableRow([.. HeaderTexts.Select(h => new TableCell([Paragraph.Of(h)], IsHeader: true))])],
            body);
    }

    static TableRow Row(int i)
    {
        var rag = (i % 3) switch
        {
            0 => new TableCell([Paragraph.Of("Red")], Background: HaveringReport.Red, Foreground: Rgb.White),
            1 => new TableCell([Paragraph.Of("Green")], Background: HaveringReport.Green, Foreground: Rgb.White),
            _ => new TableCell([Paragraph.Of("Amber")], Background: HaveringReport.Amber, Foreground: Rgb.Black),
        };
        var value = i == 1 ? "13,143" : i == 2 ? "28.8%" : (1000 + (i * 137)).ToString("N0", CultureInfo.InvariantCulture);
        var commentary = string.Join(" ", Enumerable.Range(0, 1 + (i % 4)).Select(k => Sentences[(i + k) % Sentences.Length]));
        return new TableRow(
        [
            TableCell.Of(Reference(i), bold: true),
            TableCell.Of(Names[(i - 1) % Names.Length]),
            TableCell.Of(i == 2 ? "28-40%" : "12,000"),
            TableCell.Of(value),
            rag,
            Direction(i),
            Direction(i + 1),
            new TableCell(
            [
                Paragraph.Of(commentary),
                Paragraph.Of($"Source: Metropolitan Police Service ({Reference(i)})", ParagraphStyle.Note),
            ]),
        ]);
    }

    static TableCell Direction(int i) => (i % 3) switch
    {
        0 => TableCell.Of(new TextRun("\u2193", Bold: true, Color: HaveringReport.Red), new TextRun(" Worse")),
        1 => TableCell.Of(new TextRun("\u2191", Bold: true, Color: HaveringReport.Green), new TextRun(" Better")),
        _ => TableCell.Of(new TextRun("\u2192", Bold: true, Color: HaveringReport.Amber), new TextRun(" Same")),
    };
}
