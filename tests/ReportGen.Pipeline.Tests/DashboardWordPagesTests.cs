namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The MOPAC dashboard's Word file, as LibreOffice lays it out, follows its PDF: each theme's heading is on the page
/// with the theme's overview and indicators (never alone on a page), each theme takes at most two pages, and each
/// theme's milestones, risks and issues are there.
/// </summary>
public sealed class DashboardWordPagesTests
{
    private TempFolder _folder = null!;
    private IReadOnlyList<string> _pages = null!;
    private int _pdfPages;

    [OneTimeSetUp]
    public void BuildAndConvertTheSample()
    {
        _folder = new TempFolder();
        var output = Path.Combine(_folder.Path, "out");
        MopacSample.Build(output);
        _pages = PackText.PdfPages(LibreOffice.ConvertToPdf(Path.Combine(output, "dashboard.docx")));
        _pdfPages = PackText.PdfPages(Path.Combine(output, "dashboard.pdf")).Count;
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    // The page (0-based) with each theme's numbered heading, after the overview page (whose table lists the themes;
    // the running header names the theme without its number).
    private List<int> ThemeStarts() =>
        [.. MopacSample.Themes.Select((title, i) => _pages.ToList().FindIndex(1, p => p.Contains($"{i + 1}. {title}", StringComparison.Ordinal)))];

    [Test]
    public void Every_theme_s_heading_shares_its_page_with_the_theme_s_overview_and_indicators()
    {
        var starts = ThemeStarts();

        Assert.That(starts, Has.None.Negative, "every theme's heading is in the converted file");
        using (Assert.EnterMultipleScope())
        {
            foreach (var (start, title) in starts.Zip(MopacSample.Themes))
            {
                Assert.That(_pages[start], Does.Contain("Overview").And.Contain("Performance indicators").And.Contain("Financial review"), title);
            }
        }
    }

    [Test]
    public void Every_theme_takes_at_most_two_pages_with_its_milestones_risks_and_issues()
    {
        var starts = ThemeStarts();
        var ends = starts.Skip(1).Append(_pages.Count).ToList();

        Assert.That(starts, Has.None.Negative);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(starts[0], Is.EqualTo(1), "the overview takes the first page alone");
            Assert.That(starts.Zip(ends, (start, end) => end - start), Has.All.InRange(1, 2), "pages per theme");
            foreach (var (start, end, title) in starts.Zip(ends, MopacSample.Themes))
            {
                var text = string.Join(" ", _pages.Skip(start).Take(end - start));
                Assert.That(text, Does.Contain("MOPAC goals and milestones").And.Contain("Top risks and issues").And.Contain("Explanation for trend"), title);
            }
        }
    }

    // The dashboard's columns are Word's own columns (every table in the body, none nested): LibreOffice still sets
    // each theme in two pages, as the PDF does.
    [Test]
    public void The_word_file_takes_as_many_pages_as_the_pdf_an_overview_and_two_per_theme()
    {
        Assert.That(_pages, Has.Count.EqualTo(1 + (2 * MopacSample.Themes.Count)));
        Assert.That(_pages, Has.Count.EqualTo(_pdfPages));
    }
}
