using System.Text.Json;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The MOPAC sample is a test: built for Q1 2021/22 with the thematic-dashboard template it gives the published dashboard's
/// figures (the Criminal Justice indicators, counts against annual targets, equality gaps), in results.json, in the
/// PDF and in the Word file, a section per theme.
/// </summary>
public sealed class MopacSampleTests
{
    private TempFolder _folder = null!;
    private BuildOutcome _outcome = null!;
    private IReadOnlyList<string> _pdf = null!;
    private IReadOnlyList<string> _word = null!;

    private string Out => Path.Combine(_folder.Path, "out");

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        _outcome = MopacSample.Build(Out);
        _pdf = PackText.PdfPagesInDrawingOrder(Path.Combine(Out, "dashboard.pdf"));
        _word = PackText.WordRows(Path.Combine(Out, "dashboard.docx"));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private JsonElement Indicator(string id) =>
        OutputChecks.Json(Path.Combine(Out, "results.json")).GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private string Pdf => string.Join("\n", _pdf);

    [Test]
    public void The_build_writes_the_dashboard_as_pdf_word_and_json_with_no_error()
    {
        Assert.That(Directory.GetFiles(Out).Select(Path.GetFileName).Order(), Is.EqualTo(new[]
        {
            "dashboard.docx", "dashboard.pdf", "manifest.json", "results.json",
        }));
        Assert.That(_outcome.Problems.Where(p => p.Severity == Core.Diagnostics.Severity.Error), Is.Empty);
        Assert.That(OutputChecks.WordText(Path.Combine(Out, "dashboard.docx")), Does.Contain("A Better Criminal Justice System"));
    }

    // The MOPAC dashboard, A Better Criminal Justice System: number, target, YTD and "Conf." as it prints them.
    [TestCase("CJ1a", 23, 28, "Green")] // a rate above its target
    [TestCase("CJ1c", 92, 87, "Amber")] // below target, rated Amber by MOPAC
    [TestCase("CJ4b", 85, 57, "Red")]
    [TestCase("CJ6b", 80, 89, "Green")]
    public void Criminal_justice_rates_are_the_published_in_results_json(string id, int target, int ytd, string rating)
    {
        var indicator = Indicator(id);

        Assert.That(Math.Round(indicator.GetProperty("ytdValue").GetDecimal(), 0, MidpointRounding.AwayFromZero), Is.EqualTo(ytd));
        Assert.That(indicator.GetProperty("target").GetDecimal(), Is.EqualTo(target));
        Assert.That(indicator.GetProperty("rag").GetString(), Is.EqualTo(rating));
    }

    [Test]
    public void Counts_against_annual_targets_are_the_published_in_results_json()
    {
        Assert.That(Indicator("CJ3").GetProperty("ytdValue").GetDecimal(), Is.EqualTo(7m)); // women supported: 7 of an annual 24
        Assert.That(Indicator("CJ3").GetProperty("rag").GetString(), Is.EqualTo("Green"));
        Assert.That(Indicator("VW3").GetProperty("ytdValue").GetDecimal(), Is.EqualTo(353m)); // calls to the advice hub: 353 of 2,000
        Assert.That(Indicator("VW3").GetProperty("rag").GetString(), Is.EqualTo("Red"));
    }

    [Test]
    public void Equality_gaps_are_minus_2_green_and_minus_6_amber_in_results_json()
    {
        var gaps = Indicator("PS5").GetProperty("equalityGaps").EnumerateArray().ToList();

        Assert.That(gaps.Select(g => g.GetProperty("breakdown").GetString()), Is.EqualTo(new[] { "Black", "Mixed" }));
        Assert.That(gaps.Select(g => Math.Round(g.GetProperty("gap").GetDecimal(), 0, MidpointRounding.AwayFromZero)), Is.EqualTo(new[] { -2m, -6m }));
        Assert.That(gaps.Select(g => g.GetProperty("rag").GetString()), Is.EqualTo(new[] { "Green", "Amber" }));
    }

    [TestCase("1a % of vulnerable victims referred to the Victim & Witness Service (LVWS) who take up support 23% 28% Green")]
    [TestCase("1c % of victims referred who are contacted by LVWS within 72 hours of referral 92% 87% Amber")]
    [TestCase("4b % of prisoners engaged in HMP Wormwood Scrubs PP completing mediation intervention 85% 57% Red")]
    [TestCase("3 No. of women supported through Community Sentence Treatment Requirements pilot 24 7 Green")]
    [TestCase("5a No. of women in contact with the CJS who have access to specialist rehabilitative provision 2,500 832 Green")]
    public void The_pdf_prints_the_criminal_justice_rows_as_published(string row) =>
        Assert.That(Pdf, Does.Contain(row));

    [Test]
    public void The_pdf_prints_two_ratings_in_one_row_for_the_equality_gaps()
    {
        // Read cell by cell, as drawn: the target's two lines, the gaps' two, then each rating with the group it is for.
        Assert.That(Pdf, Does.Contain("victims to ±5% by March 2022 ±5% (Black) ±5% (Mixed) -2% (Black) -6% (Mixed) Green Black Amber Mixed"));
    }

    [Test]
    public void The_word_file_has_the_same_rows()
    {
        Assert.That(_word, Does.Contain("1a | % of vulnerable victims referred to the Victim & Witness Service (LVWS) who take up support | 23% | 28% | Green"));
        Assert.That(_word, Does.Contain("4b | % of prisoners engaged in HMP Wormwood Scrubs PP completing mediation intervention | 85% | 57% | Red"));
        Assert.That(_word, Does.Contain("5 | Equality of victim satisfaction: reduce the equality gap for Black (B) and Mixed (M) victims to ±5% by March 2022 | ±5% (Black) / ±5% (Mixed) | -2% (Black) / -6% (Mixed) | Green / Black | Amber / Mixed"));
    }

    [Test]
    public void Each_theme_has_its_rag_tiles_milestones_risks_and_issues()
    {
        var justice = string.Join("\n", _pdf.Where(p => p.Contains("A Better Criminal Justice System", StringComparison.Ordinal)));

        Assert.That(justice, Does.Contain("Green Amber Red 9 2 1"), "the theme's RAG tiles: 9 Green, 2 Amber, 1 Red, as the dashboard counts");
        Assert.That(justice, Does.Contain("Launch extension of co-commissioned services supporting women in contact with the criminal justice system. Q1 – Complete"));
        Assert.That(justice, Does.Contain("12 → Stable"));
        Assert.That(justice, Does.Contain("Significant and increasing backlog of cases in the courts system. High"));
    }

    // The financial review as the published dashboard shows it, a chart: in the PDF its labels, in Word a native chart
    // whose alternative text gives every figure.
    [Test]
    public void Each_theme_s_financial_review_is_a_chart_of_its_budget_lines()
    {
        var justice = string.Join("\n", _pdf.Where(p => p.Contains("Policing and Crime: A Better Criminal Justice System", StringComparison.Ordinal)));
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(Out, "dashboard.docx"), isEditable: false);
        var alts = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Select(d => d.Description?.Value ?? string.Empty).ToList();

        Assert.That(justice, Does.Contain("Budget, forecast outturn and spend to date, 2021/22"));
        Assert.That(justice, Does.Contain("£17.4m").And.Contain("£6.5m").And.Contain("Victims services (MoJ grant)").And.Contain("Spent to date"));
        Assert.That(word.MainDocumentPart.ChartParts.Count(), Is.EqualTo(MopacSample.Themes.Count), "a chart per theme");
        Assert.That(alts, Has.Some.EqualTo(
            "Bar chart of the budget, forecast outturn and spend to date of each budget line, 2021/22: Victims services (MoJ grant): budget £17.4m, "
            + "forecast outturn £17.4m, spent to date £1.2m; Reducing reoffending: budget £6.8m, forecast outturn £6.5m, spent to date £1.1m. "
            + "In all, a budget of £24.2m and a forecast outturn of £23.9m, £0.3m under budget."));
    }

    [Test]
    public void Pilots_without_a_target_show_a_dash_and_their_footnote()
    {
        Assert.That(Pdf, Does.Contain("No. of referrals to the Lighthouse, supporting young victims of sexual abuse* – 99 Not rated"));
        Assert.That(Pdf, Does.Contain("* As this is a pilot there are currently no targets."));
    }

    // Policing's table shows twelve ratings: eight indicators rated by themselves and two rows of two equality gaps
    // (5: Green, Amber; 6: Amber, Amber). Its tiles and the overview count them all, as the table shows them.
    [Test]
    public void The_tiles_and_the_overview_count_every_rating_the_table_shows_equality_gaps_included()
    {
        var policing = string.Join("\n", _pdf.Where(p => p.Contains("Policing and Crime: A Better Policing Service", StringComparison.Ordinal)));

        Assert.That(policing, Does.Contain("Green Amber Red 3 9 0"), "Policing's tiles: 3 Green, 9 Amber, 0 Red, 12 ratings");
        Assert.That(_pdf[0], Does.Contain("1. A Better Policing Service 10 12 3 9 0 0"), "the overview: 10 indicators, 12 ratings");
        Assert.That(_word, Does.Contain("1. A Better Policing Service | 10 | 12 | 3 | 9 | 0 | 0"));
        Assert.That(_word, Does.Contain("3 | 9 | 0"), "Policing's tiles in Word");
    }

    [Test]
    public void The_overview_tiles_add_up_the_themes_ratings_in_results_json()
    {
        // Every rating results.json gives: an indicator's own, or each of its equality gaps' instead.
        var indicators = OutputChecks.Json(Path.Combine(Out, "results.json")).GetProperty("indicators").EnumerateArray().ToList();
        var ratings = indicators.SelectMany(i => i.TryGetProperty("equalityGaps", out var gaps) && gaps.ValueKind == JsonValueKind.Array && gaps.GetArrayLength() > 0
            ? gaps.EnumerateArray().Select(g => g.GetProperty("rag").GetString())
            : [i.GetProperty("rag").ValueKind == JsonValueKind.String ? i.GetProperty("rag").GetString() : null]).ToList();
        var (green, amber, red) = (ratings.Count(r => r == "Green"), ratings.Count(r => r == "Amber"), ratings.Count(r => r == "Red"));

        Assert.That((green, amber, red), Is.EqualTo((29, 14, 5)));
        Assert.That(_pdf[0], Does.Contain($"Green Amber Red {green} {amber} {red}"));
    }
}
