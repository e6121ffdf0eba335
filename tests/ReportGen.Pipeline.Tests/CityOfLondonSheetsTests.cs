using System.Globalization;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The City of London pack's eleven sheets, as the published Policing Plan Performance Measures 2017-18 print them,
/// read back from the PDF and the Word file: counter terrorism's threat level and briefings with their year to date,
/// victim satisfaction's Table 2, the 4P guide in its own words, the forms the published pack leaves blank still blank,
/// and no page of either file ending with a heading or a table's title (the Word file laid out by LibreOffice).
/// </summary>
public sealed class CityOfLondonSheetsTests
{
    // The published briefings, training and table top exercises, April to November 2016.
    private static readonly int[] Briefings = [98, 95, 47, 80, 43, 83, 45, 93];

    // What a sheet's headings and tables' titles start with: none may be the last line of a page.
    private static readonly string[] Titles =
    [
        "Crime summary", "Monthly chart", "Analysis of trends and activity", "4P updates", "Assessment measure",
        "Taking your whole experience", "Overall, how satisfied", "Table 1: ADR", "Table 2: satisfaction", "Op Lightning reports within City",
        "City Counter Terrorism briefings", "Counter Terrorism investigation demand", "Protect update:", "Pursue update:",
        "Prevent update:", "Overview: the number of frauds", "The number of crimes (NFRCs)", "Breakdown of the reported",
        "Fraud types disseminated", "Monitoring suicide attempts", "Domestic abuse crimes and incidents",
        "ASB incidents against vulnerable victims (break", "KSI stats", "Killed or seriously injured",
    ];

    private TempFolder _folder = null!;
    private string _pdfPath = null!;
    private string _docxPath = null!;
    private IReadOnlyList<string> _word = null!;
    private string _pdf = null!;

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        CityOfLondonSample.Build(Path.Combine(_folder.Path, "out"));
        _pdfPath = Path.Combine(_folder.Path, "out", "measures.pdf");
        _docxPath = Path.Combine(_folder.Path, "out", "measures.docx");
        _word = PackText.WordRows(_docxPath);
        _pdf = string.Join("\n", PackText.PdfPages(_pdfPath));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    // The separators after a cell followed by count - 1 blank cells: Blanks(3) + "x" is "… |  |  | x", two blanks before x.
    private static string Blanks(int count) => string.Concat(Enumerable.Repeat(" | ", count));

    [Test]
    public void Each_of_the_eleven_areas_is_a_sheet_headed_as_published_in_both_files()
    {
        string[] areas =
        [
            "1. City Crime Overview", "2. Counter Terrorism 4P Overview", "3. Cyber Attack 4P Overview", "4. Fraud 4P Overview",
            "5. Vulnerable People 4P Overview", "6. Violent Crime 4P Overview", "7. Road Policing 4P Overview",
            "8. Public Order and Protective Security 4P Overview", "9. Acquisitive Crime 4P Overview", "10. Victim Satisfaction",
            "11. Customer Satisfaction Survey",
        ];
        using var pdf = PdfDocument.Open(_pdfPath);
        var sheetPages = areas.Select(area => pdf.GetPages().Skip(1).FirstOrDefault(p => Lines(p).Contains(area))?.Number ?? -1).ToList();
        var paragraphs = PackText.WordParagraphs(_docxPath).ToList();

        Assert.That(sheetPages, Has.All.GreaterThan(1), "each sheet has a heading of its own");
        Assert.That(sheetPages, Is.Ordered.And.Unique, "each sheet starts a page of its own, in the published order");
        var wordOrder = areas.Select(a => paragraphs.IndexOf(a)).ToList();
        Assert.That(wordOrder, Has.All.GreaterThanOrEqualTo(0));
        Assert.That(wordOrder, Is.Ordered);
        Assert.That(_word, Does.Contain("Area 7 | Road Policing"));
        Assert.That(_word, Does.Contain("4P plan lead | Insp Smallwood"));
        Assert.That(_word, Does.Contain("Owner | BSD"));
        Assert.That(_word, Does.Contain("Data source | Strategic Development/Corporate Communications"));
    }

    [Test]
    public void Counter_terrorism_prints_the_current_threat_level_and_the_previous_months_as_published()
    {
        Assert.That(_word, Does.Contain("Op Lightning reports 2015/16" + Blanks(13) + "SEVERE"));
        Assert.That(_word, Does.Contain("Op Lightning reports 2016/17" + Blanks(13) + "Threat level from previous month"));
        Assert.That(_word, Does.Contain("Trend" + Blanks(13) + "SEVERE"));
        Assert.That(_pdf, Does.Contain("Current threat level"));
    }

    [Test]
    public void Counter_terrorism_briefings_are_the_published_figures_by_month_with_their_year_to_date()
    {
        var running = Briefings.Select((_, i) => Briefings.Take(i + 1).Sum()).ToList();
        string Row(string label, IEnumerable<int> figures) =>
            $"{label} | {string.Join(" | ", figures.Select(f => f.ToString(CultureInfo.InvariantCulture)))}{Blanks(4)}";

        Assert.That(_word, Does.Contain(Row("2016/17 briefings, training and table top exercises", Briefings)), "December to March blank");
        Assert.That(_word, Does.Contain(Row("2016/17 year to date", running)));
        Assert.That(_pdf, Does.Contain($"2016/17 YTD briefing total = {Briefings.Sum()}"));
        Assert.That(Briefings.Sum(), Is.EqualTo(584));
    }

    [Test]
    public void Victim_satisfaction_prints_table_2_by_quarter_and_core_area()
    {
        Assert.That(_word, Does.Contain("Quarter | Ease of contact | Action | Follow up | Treatment | Whole experience"));
        Assert.That(_word, Does.Contain("Q1 | 95.7% | 83.7% | 82.2% | 94.4% | 85.6%"));
        Assert.That(_word, Does.Contain("Q2 | 90.8% | 82.9% | 81.6% | 93.0% | 80.1%"));
        Assert.That(_pdf, Does.Contain("Table 2: Comparing Q2 results with Q1 for FY 2016/17 (a drop in satisfaction in all areas)."));
        Assert.That(_pdf, Does.Contain("Table 1: ADR national comparison (12 months to September 2016)"));
    }

    [Test]
    public void The_4P_areas_are_assessed_on_capability_and_impact_with_the_guides_own_words()
    {
        Assert.That(_pdf, Does.Contain("The Force has a slight shortage in resources or capability to implement 4P Plan but this is being filled from other areas within the Force."));
        Assert.That(_pdf, Does.Contain("The Force tactics are having no impact on the threat level facing the City and action is required to change approach used."));
        Assert.That(_pdf, Does.Contain("The Force has a shortage of specialist resources/capability to respond effectively to local victims/incidents of"), "cyber attack's own guide");
        // Eight 4P sheets, each with its assessment row of capability and impact, both blank as published.
        Assert.That(_word.Count(r => r.StartsWith("Assessment | Capability:", StringComparison.Ordinal)), Is.EqualTo(8));
        Assert.That(_word.Where(r => r.StartsWith("Assessment | Capability:", StringComparison.Ordinal)).Select(r => r.Replace('\u2003', ' ').Split(':').Select(p => p.Trim())),
            Has.All.EqualTo(new[] { "Assessment | Capability", "Impact", string.Empty }));
    }

    [Test]
    public void Cells_the_published_pack_leaves_blank_stay_blank()
    {
        Assert.That(_word, Does.Contain("Number of investigations processed by CT FMIU" + Blanks(12)));
        Assert.That(_word, Does.Contain("2016/17 (month)" + Blanks(12)), "cyber crime referrals: no figures");
        Assert.That(_word, Does.Contain("City based victim reports" + Blanks(15)));
        Assert.That(_word, Does.Contain("Fatal" + Blanks(13)));
        Assert.That(_word, Does.Contain("Definitions | \u00a0"), "a definitions row the published sheet leaves empty");
        Assert.That(_word, Does.Contain("Assessment | \u00a0"), "an assessment the published sheet leaves empty");
        Assert.That(_word.Where(r => r.StartsWith("Number of suicide attempts", StringComparison.Ordinal)), Has.All.Not.Contain("n/a"));
    }

    [Test]
    public void No_page_of_the_PDF_ends_with_a_heading_or_a_tables_title()
    {
        using var pdf = PdfDocument.Open(_pdfPath);
        AssertNoTitleAtAPageFoot(pdf);
    }

    [Test]
    public void No_page_of_the_Word_file_as_LibreOffice_lays_it_out_ends_with_a_heading_or_a_tables_title()
    {
        using var pdf = PdfDocument.Open(LibreOffice.ConvertToPdf(_docxPath));
        AssertNoTitleAtAPageFoot(pdf);
    }

    private static void AssertNoTitleAtAPageFoot(PdfDocument pdf)
    {
        var last = pdf.GetPages().Select(page => (page.Number, Line: ContentLines(page).LastOrDefault() ?? string.Empty)).ToList();
        Assert.That(
            last.Where(p => Titles.Any(t => p.Line.StartsWith(t, StringComparison.Ordinal))).Select(p => $"page {p.Number}: {p.Line}"),
            Is.Empty);
    }

    // A page's lines, top to bottom, without the running header and footer (the top and bottom 45 points).
    private static IReadOnlyList<string> ContentLines(Page page) =>
        [.. page.GetWords()
            .Where(w => w.BoundingBox.Bottom > 45 && w.BoundingBox.Top < page.Height - 45)
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 0))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    private static IReadOnlyList<string> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];
}
