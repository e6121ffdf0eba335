using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Issue 4, "one or two pages per theme": the MOPAC dashboard built with the thematic-dashboard template is its overview
/// page, then at most two landscape A4 pages for each of its five themes, each theme starting a page, the theme's
/// overview beside its indicators as the MOPAC dashboard lays them out.
/// </summary>
public sealed class DashboardPagesTests
{
    private const string Organisation = "Mayor's Office for Policing and Crime";

    private TempFolder _folder = null!;
    private IReadOnlyList<string> _pages = null!;
    private string _pdf = null!;

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        var output = Path.Combine(_folder.Path, "out");
        MopacSample.Build(output);
        _pdf = Path.Combine(output, "dashboard.pdf");
        _pages = PackText.PdfPages(_pdf);
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    // The page (0-based) each theme starts on: the first words after its running header are its numbered heading.
    private List<int> ThemeStarts() =>
        [.. MopacSample.Themes.Select((title, i) => _pages.ToList().FindIndex(p => p.StartsWith($"{Organisation}: {title} {i + 1}. {title}", StringComparison.Ordinal)))];

    [Test]
    public void Every_theme_starts_a_page_and_takes_at_most_two()
    {
        var starts = ThemeStarts();

        Assert.That(starts, Has.None.Negative, "each theme's heading is the first thing on a page");
        Assert.That(starts[0], Is.EqualTo(1), "the overview takes the first page alone");
        var ends = starts.Skip(1).Append(_pages.Count).ToList();
        Assert.That(starts.Zip(ends, (start, end) => end - start), Has.All.InRange(1, 2), "pages per theme");
    }

    [Test]
    public void The_dashboard_is_one_overview_page_and_at_most_two_pages_per_theme()
    {
        // 1 overview page (the template's only other section: it has no contents or data-sources page) + 2 × 5 themes.
        Assert.That(_pages, Has.Count.LessThanOrEqualTo(1 + (2 * MopacSample.Themes.Count)));
    }

    [Test]
    public void Every_page_is_landscape_a4()
    {
        using var pdf = PdfDocument.Open(_pdf);

        Assert.That(pdf.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Has.All.EqualTo((842d, 595d)));
    }

    [Test]
    public void A_theme_s_overview_and_its_indicators_sit_side_by_side_on_its_first_page()
    {
        using var pdf = PdfDocument.Open(_pdf);
        foreach (var start in ThemeStarts())
        {
            var words = pdf.GetPage(start + 1).GetWords().ToList();
            var overview = Heading(words, "Overview", next: null);
            var indicators = Heading(words, "Performance", next: "indicators");

            Assert.That(indicators.BoundingBox.Left - overview.BoundingBox.Left, Is.GreaterThan(250), "the indicators in a column of their own to the right");
            Assert.That(indicators.BoundingBox.Bottom, Is.EqualTo(overview.BoundingBox.Bottom).Within(4), "both columns start at the same height");
        }
    }

    [Test]
    public void A_theme_s_milestones_sit_beside_its_risks_and_issues()
    {
        using var pdf = PdfDocument.Open(_pdf);
        foreach (var start in ThemeStarts())
        {
            var page = Enumerable.Range(start + 1, 2).Where(n => n <= pdf.NumberOfPages).Select(n => pdf.GetPage(n).GetWords().ToList())
                .First(words => words.Any(w => w.Text == "milestones"));
            var milestones = Heading(page, "MOPAC", next: "goals");
            var risks = Heading(page, "Top", next: "risks");

            Assert.That(risks.BoundingBox.Left - milestones.BoundingBox.Left, Is.GreaterThan(250));
            Assert.That(risks.BoundingBox.Bottom, Is.EqualTo(milestones.BoundingBox.Bottom).Within(4));
        }
    }

    // Only the financial review charts' labels (the budget lines, the amounts, the legend and the axis) are smaller, at 7 pt.
    [Test]
    public void Table_text_is_at_least_8_points()
    {
        using var pdf = PdfDocument.Open(_pdf);
        var lines = File.ReadAllLines(Path.Combine(Repository.Sample("mopac"), "registers", "finance.csv")).Skip(1).Select(l => l.Split(',')[2]);
        var chartWords = lines.SelectMany(l => l.Split(' ')).Concat(["Budget", "Forecast", "outturn", "Spent", "to", "date", "Pounds"]).ToHashSet(StringComparer.Ordinal);

        var small = pdf.GetPages().SelectMany(p => p.GetWords()).Where(w => w.Letters.Any(l => Math.Round(l.PointSize, 1) < 8)).Select(w => w.Text).Distinct().ToList();
        Assert.That(small, Is.Not.Empty, "the charts' labels");
        Assert.That(small.Where(w => !chartWords.Contains(w) && !w.StartsWith('£')), Is.Empty);
        Assert.That(pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).Min(l => Math.Round(l.PointSize, 1)), Is.GreaterThanOrEqualTo(7));
    }

    // The first word reading `text` (followed by `next`, when given) in bold: a heading, not a mention in the text.
    private static Word Heading(IReadOnlyList<Word> words, string text, string? next)
    {
        var index = Enumerable.Range(0, words.Count).First(i => words[i].Text == text
            && (next is null || (i + 1 < words.Count && words[i + 1].Text == next))
            && (words[i].Letters[0].FontName ?? string.Empty).Contains("Bold", StringComparison.OrdinalIgnoreCase));
        return words[index];
    }
}
