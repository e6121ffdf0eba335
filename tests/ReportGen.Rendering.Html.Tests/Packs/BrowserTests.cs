using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ReportGen.Rendering.Html.Tests.Packs;

/// <summary>
/// Each built-in pack's HTML in a real browser (Chromium): axe-core finds no WCAG 2.0, 2.1 or 2.2 A or AA violation at
/// desktop or phone width; at phone width nothing is wider than the screen; the page runs no script and loads nothing
/// but itself. Screenshots at 1280 and 375 pixels wide are kept in the test output (<c>html-screenshots/</c>) to look at.
/// </summary>
[NonParallelizable]
public sealed class BrowserTests
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private Chromium _chromium = null!;

    private static IEnumerable<TestCaseData> Cases() =>
        from name in BuiltPacks.Names
        from width in new[] { 1280, 375 }
        select new TestCaseData(name, width);

    private static string ScreenshotFolder => Path.Combine(TestContext.CurrentContext.WorkDirectory, "html-screenshots");

    [OneTimeSetUp]
    public async Task StartBrowser() => _chromium = await Chromium.Launch();

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Axe_finds_no_wcag_a_or_aa_violation(string name, int width)
    {
        var page = await _chromium.Open(BuiltPacks.Get(name).Html, width);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.That(violations, Is.Empty);
        Assert.That(result.Passes, Is.Not.Empty, "axe ran its rules");
        TestContext.Out.WriteLine($"{name} at {width}px: {result.Passes.Length} rules passed, {result.Violations.Length} violations, {result.Incomplete.Length} to review by hand ({string.Join("; ", result.Incomplete.Select(i => $"{i.Id}: {i.Nodes.Length} nodes, such as {i.Nodes.FirstOrDefault()?.Html}"))})");
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Nothing_is_wider_than_the_screen_and_a_screenshot_is_kept(string name, int width)
    {
        var page = await _chromium.Open(BuiltPacks.Get(name).Html, width);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.That(scrollWidth, Is.LessThanOrEqualTo(width), "the page scrolls sideways: something is wider than the screen");

        Directory.CreateDirectory(ScreenshotFolder);
        var file = Path.Combine(ScreenshotFolder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.That(new FileInfo(file).Length, Is.GreaterThan(10_000));
        TestContext.AddTestAttachment(file);
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Wide_tables_and_charts_scroll_inside_their_own_regions_not_the_page(string name, int width)
    {
        var page = await _chromium.Open(BuiltPacks.Get(name).Html, width);
        var widest = await page.EvaluateAsync<int>("Math.max(0, ...[...document.querySelectorAll('.table-scroll')].map(r => r.getBoundingClientRect().right))");
        Assert.That(widest, Is.LessThanOrEqualTo(width), "each table's region fits the screen");
        var charts = await page.EvaluateAsync<int>("Math.max(0, ...[...document.querySelectorAll('.chart-scroll')].map(s => s.getBoundingClientRect().right))");
        Assert.That(charts, Is.LessThanOrEqualTo(width), "each chart's region fits the screen");
        // The SVG's units are points, 4/3 of a CSS pixel.
        var smallest = await page.EvaluateAsync<double>("Math.min(...[...document.querySelectorAll('svg')].map(s => s.getBoundingClientRect().width / (s.viewBox.baseVal.width * 4 / 3)))");
        Assert.That(smallest, Is.GreaterThanOrEqualTo(0.79), "no chart is shrunk below 80% of its size on paper (its labels stay legible)");
    }

    [TestCaseSource(nameof(Packs))]
    public async Task The_page_has_no_script_and_requests_nothing_but_itself(string name)
    {
        var page = await _chromium.Open(BuiltPacks.Get(name).Html, 1280);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.ReloadAsync();
        Assert.That(requests, Has.Count.EqualTo(1), string.Join("\n", requests));
        Assert.That(await page.EvaluateAsync<int>("document.scripts.length"), Is.Zero);
    }

    [TestCaseSource(nameof(Packs))]
    public async Task The_print_stylesheet_starts_each_section_on_a_new_page_and_keeps_the_furniture(string name)
    {
        var page = await _chromium.Open(BuiltPacks.Get(name).Html, 1280);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.That(await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.skip-link')).display"), Is.EqualTo("none"));
        var sections = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('main > section + section')].map(s => getComputedStyle(s).breakBefore)");
        Assert.That(sections, Is.All.EqualTo("page"), "each section starts a new printed page, as in the PDF");
        var furniture = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('body > header, body > footer')].map(e => getComputedStyle(e).display)");
        Assert.That(furniture, Is.EqualTo(new[] { "block", "block" }), "the header and footer (with any marking) are printed");
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        Assert.That(pdf.Length, Is.GreaterThan(10_000));
    }

    [TestCaseSource(nameof(Packs))]
    public async Task Every_text_reads_at_four_and_a_half_to_one_on_its_background(string name)
    {
        // axe leaves some text to review by hand (a lone arrow, a figure in a scrolled table, chart labels); this
        // measures every piece of text, RAG words on their colours and chart labels included, as drawn.
        var page = await _chromium.Open(BuiltPacks.Get(name).Html, 1280);
        var failures = await page.EvaluateAsync<string[]>(ContrastScript);
        Assert.That(failures, Is.Empty);
        Assert.That(await page.EvaluateAsync<int>("document.querySelectorAll('td[style*=background]').length"), Is.GreaterThan(0), "the pack has coloured (RAG) cells to measure");
    }

    [Test]
    public async Task Printed_every_page_has_the_marking_at_its_top_and_bottom()
    {
        // City of London's pack is marked; the marking goes in the margins of every printed page, as in the PDF.
        const string marking = "DRAFT NOT PROTECTIVELY MARKED – MANAGEMENT DRAFT";
        var page = await _chromium.Open(BuiltPacks.Get("city-of-london").Html, 1280);
        var printed = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(printed);
        var pages = pdf.GetPages().Select(p => (p.Number, Text: string.Join(" ", p.GetWords().Select(w => w.Text)), Portrait: p.Width < p.Height)).ToList();
        Assert.That(pages, Has.Count.GreaterThan(5));
        Assert.That(pages.Where(p => CountOf(p.Text, marking) < 2).Select(p => p.Number), Is.Empty, "pages without the marking at the top and the bottom");
        Assert.That(pages.Select(p => p.Portrait).Distinct().Count(), Is.EqualTo(2), "portrait and landscape pages, as the sections are");
        Assert.That(pdf.GetPages().All(p => Math.Abs(Math.Min(p.Width, p.Height) - 595) < 2 && Math.Abs(Math.Max(p.Width, p.Height) - 842) < 2), Is.True, "A4");
    }

    private static int CountOf(string text, string phrase) => (text.Length - text.Replace(phrase, string.Empty, StringComparison.Ordinal).Length) / phrase.Length;

    [Test]
    public async Task The_contrast_measure_finds_pale_text_and_a_pale_rating()
    {
        var page = await _chromium.Open(BuiltPacks.Get("havering").Html, 1280);
        await page.SetContentAsync("<p style=\"color:#AAAAAA\">pale</p><table><tr><td style=\"background:#F47738;color:#FFFFFF\">Amber</td></tr></table><p>dark</p>");
        var failures = await page.EvaluateAsync<string[]>(ContrastScript);
        Assert.That(failures.Select(f => f.Split(": ")[1]), Is.EqualTo(new[] { "<p style=\"color:#AAAAAA\">pale</p>", "<td style=\"background:#F47738;color:#FFFFFF\">Amber</td>" }));
    }

    private static IEnumerable<string> Packs() => BuiltPacks.Names;

    private const string ContrastScript = """
        () => {
          const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
          const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const background = e => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c; } return [255, 255, 255]; };
          const failures = [];
          for (const e of document.querySelectorAll('body *')) {
            if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const style = getComputedStyle(e);
            if (style.display === 'none' || style.visibility === 'hidden' || e.closest('.skip-link, caption')) continue;
            const ink = rgb(e instanceof SVGElement ? style.fill : style.color);
            const [a, b] = [lum(ink), lum(background(e instanceof SVGElement ? e.closest('svg') : e))];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 4.5) failures.push(`${ratio.toFixed(2)}: ${e.outerHTML.slice(0, 120)}`);
          }
          return failures;
        }
        """;
}
