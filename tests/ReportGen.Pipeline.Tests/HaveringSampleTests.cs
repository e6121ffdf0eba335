using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The Havering sample is a test: building it gives the figures the Havering report publishes for Q3 2016/17 (Crime &amp;
/// Disorder Sub-Committee, 17 January 2017), in results.json, in the PDF and in the Word file.
/// </summary>
public sealed class HaveringSampleTests
{
    private TempFolder _folder = null!;
    private BuildOutcome _outcome = null!;

    private string Out => Path.Combine(_folder.Path, "out");

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        _outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample("havering"),
            Period = PeriodRequest.ForQuarter(3),
            OutputDirectory = Out,
        });
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private JsonElement Indicator(string id) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "results.json"))).RootElement
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static JsonElement Quarter(int quarter, string id)
    {
        using var folder = new TempFolder();
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample("havering"),
            Period = PeriodRequest.ForQuarter(quarter, YearLabel.Parse("2016/17")),
            OutputDirectory = folder.Path,
            Formats = new HashSet<string> { "json" },
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        return JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, "results.json"))).RootElement
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).Clone();
    }

    private static decimal Rounded(JsonElement indicator, string field, int decimals) =>
        Math.Round(indicator.GetProperty(field).GetDecimal(), decimals, MidpointRounding.AwayFromZero);

    [Test]
    public void The_build_writes_a_pdf_a_word_file_results_json_and_the_manifest_without_a_problem()
    {
        Assert.That(_outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", _outcome.Problems));
        Assert.That(_outcome.Problems, Is.Empty);
        Assert.That(Directory.GetFiles(Out).Select(Path.GetFileName).Order(), Is.EqualTo(new[]
        {
            "crime-disorder-cpr.docx", "crime-disorder-cpr.pdf", "manifest.json", "results.json",
        }));
        Assert.That(_outcome.Period?.ToString(), Is.EqualTo("2016/17 Q3"), "the latest year with Q3 data");
    }

    [Test]
    public void Results_json_counts_the_directions_of_the_three_indicators_it_rates()
    {
        // dotSummary (contract 1.1 section 4) counts the same three target indicators as ragSummary: short term two
        // better and one worse, long term one better and two worse, as each indicator's own dotShort and dotLong say.
        var root = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "results.json"))).RootElement;
        var dots = root.GetProperty("dotSummary");
        // The demand measure (DEM1, data only) has directions too, but is not counted: it is not rated.
        var indicators = root.GetProperty("indicators").EnumerateArray().Where(i => i.GetProperty("type").GetString() == "target").ToList();
        foreach (var (term, field, expected) in new[] { ("short", "dotShort", (2, 0, 1, 0)), ("long", "dotLong", (1, 0, 2, 0)) })
        {
            var counts = dots.GetProperty(term);
            var counted = (counts.GetProperty("better").GetInt32(), counts.GetProperty("same").GetInt32(), counts.GetProperty("worse").GetInt32(), counts.GetProperty("none").GetInt32());
            var words = indicators.Select(i => i.GetProperty(field).GetString()).ToList();
            var fromIndicators = (words.Count(w => w == "better"), words.Count(w => w == "same"), words.Count(w => w == "worse"), words.Count(w => w is null));
            Assert.That(counted, Is.EqualTo(expected), term);
            Assert.That(counted, Is.EqualTo(fromIndicators), term + ": the summary agrees with the indicators");
        }
    }

    [Test]
    public void Total_notifiable_offences_are_13143_against_12573_up_4_5_percent_and_Q3_4355_against_4520()
    {
        var tno = Indicator("CSP1");

        Assert.That(tno.GetProperty("ytdValue").GetDecimal(), Is.EqualTo(13143m));
        Assert.That(tno.GetProperty("ytdLastYearValue").GetDecimal(), Is.EqualTo(12573m));
        Assert.That(Rounded(tno, "ytdChangePercent", 1), Is.EqualTo(4.5m));
        Assert.That(tno.GetProperty("periodValue").GetDecimal(), Is.EqualTo(4355m));
        Assert.That(tno.GetProperty("samePeriodLastYearValue").GetDecimal(), Is.EqualTo(4520m));
        Assert.That(tno.GetProperty("rag").GetString(), Is.EqualTo("Red"));
    }

    [Test]
    public void Repeat_MARAC_referrals_are_17_of_59_in_Q3_and_25_7_percent_for_the_year_to_date()
    {
        var marac = Indicator("CSP2");

        Assert.That(marac.GetProperty("periodNumerator").GetDecimal(), Is.EqualTo(17m));
        Assert.That(marac.GetProperty("periodDenominator").GetDecimal(), Is.EqualTo(59m));
        Assert.That(Rounded(marac, "periodValue", 1), Is.EqualTo(28.8m));
        Assert.That(Rounded(marac, "ytdValue", 1), Is.EqualTo(25.7m), "Σ numerators / Σ denominators, not a mean of quarterly rates");
        Assert.That(marac.GetProperty("rag").GetString(), Is.EqualTo("Green"));
    }

    [Test]
    public void ASB_is_4810_for_the_year_to_date_against_3810_built_from_months()
    {
        var asb = Indicator("CSP3");

        Assert.That(asb.GetProperty("ytdValue").GetDecimal(), Is.EqualTo(4810m));
        // The Havering report prints 3,817, which is not the sum of its own quarters (1,202 + 1,468 + 1,140 = 3,810).
        Assert.That(asb.GetProperty("ytdLastYearValue").GetDecimal(), Is.EqualTo(3810m));
        Assert.That(asb.GetProperty("periodValue").GetDecimal(), Is.EqualTo(1322m));
        Assert.That(asb.GetProperty("samePeriodLastYearValue").GetDecimal(), Is.EqualTo(1140m));
        Assert.That(asb.GetProperty("rag").GetString(), Is.EqualTo("Red"));
    }

    [TestCase(1, 1392, 1202, 15.8)] // published: "Q1 (1,392 from 1,202, +15.8%)"
    [TestCase(2, 2096, 1468, 42.8)] // published: "Q2 (2,096 up from 1,468, +42.8%)"
    public void ASB_quarters_are_as_published(int quarter, int thisYear, int lastYear, decimal change)
    {
        var asb = Quarter(quarter, "CSP3");

        Assert.That(asb.GetProperty("periodValue").GetDecimal(), Is.EqualTo((decimal)thisYear));
        Assert.That(asb.GetProperty("samePeriodLastYearValue").GetDecimal(), Is.EqualTo((decimal)lastYear));
        Assert.That(Math.Round((thisYear - lastYear) * 100m / lastYear, 1, MidpointRounding.AwayFromZero), Is.EqualTo(change));
    }

    [Test]
    public void The_pdf_prints_the_rag_sentence_and_the_published_figures()
    {
        using var pdf = PdfDocument.Open(Path.Combine(Out, "crime-disorder-cpr.pdf"));
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        Assert.That(text, Does.Contain("Of the 3 indicators 2 (66.7%) are Red and 1 (33.3%) is Green."));
        foreach (var figure in new[] { "13,143", "12,573", "(+4.5%)", "4,355", "28.8%", "(17 of 59)", "25.7%", "4,810", "3,810", "(+26.2%)" })
        {
            Assert.That(text, Does.Contain(figure));
        }

        Assert.That(text, Does.Contain("Corporate Performance Report: Quarter 3 (2016/17)"));
        Assert.That(text, Does.Contain("Appendix 1: Crime & Disorder performance indicators, Quarter 3 (2016/17)"));
    }

    [Test]
    public void The_pdf_has_a_portrait_cover_a_landscape_appendix_a_title_and_page_numbers()
    {
        using var pdf = PdfDocument.Open(Path.Combine(Out, "crime-disorder-cpr.pdf"));
        var pages = pdf.GetPages().ToList();

        Assert.That(pdf.Information.Title, Is.EqualTo("Corporate Performance Report: Quarter 3 (2016/17)"));
        Assert.That(pages[0].Width, Is.LessThan(pages[0].Height), "the cover report is portrait");
        Assert.That(pages[^1].Width, Is.GreaterThan(pages[^1].Height), "the appendix is landscape");
        var lastText = string.Join(" ", pages[^1].GetWords().Select(w => w.Text));
        Assert.That(lastText, Does.Contain($"Page {pages.Count} of {pages.Count}"));
        var appendix = pages.First(p => p.Width > p.Height);
        var appendixText = string.Join(" ", appendix.GetWords().Select(w => w.Text));
        Assert.That(appendixText, Does.Contain("RAG").And.Contain("Red").And.Contain("Green").And.Contain("↓ Worse").And.Contain("↑ Better"));
    }

    [Test]
    public void The_word_file_is_valid_with_real_headings_and_the_indicator_table()
    {
        using var word = WordprocessingDocument.Open(Path.Combine(Out, "crime-disorder-cpr.docx"), isEditable: false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word).ToList();
        Assert.That(errors.Select(e => e.Description), Is.Empty);

        var body = word.MainDocumentPart!.Document!.Body!;
        var headings = body.Descendants<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => p.InnerText)
            .ToList();
        Assert.That(headings, Does.Contain("SUMMARY").And.Contain("RECOMMENDATIONS").And.Contain("REPORT DETAIL").And.Contain("BACKGROUND PAPERS"));
        Assert.That(body.InnerText, Does.Contain("Of the 3 indicators 2 (66.7%) are Red and 1 (33.3%) is Green."));

        var appendix = body.Descendants<W.Table>().Last();
        var rows = appendix.Elements<W.TableRow>().ToList();
        Assert.That(rows[0].TableRowProperties?.GetFirstChild<W.TableHeader>(), Is.Not.Null, "the header row repeats on every page");
        var tno = rows.Single(r => r.Elements<W.TableCell>().First().InnerText == "CSP1");
        var cells = tno.Elements<W.TableCell>().Select(c => c.InnerText).ToList();
        Assert.That(cells, Does.Contain("Red").And.Contain("↓ Worse").And.Contain("12,375"));
    }

    [Test]
    public void The_tolerance_rule_would_rate_ASB_Amber_which_is_why_the_sample_records_the_published_Red_by_hand()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var definitions = Path.Combine(project, "indicators", "safe.yaml");
        File.WriteAllText(definitions, File.ReadAllText(definitions).Replace("method: manual", "method: tolerance", StringComparison.Ordinal));

        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3), Formats = new HashSet<string> { "json" } });

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        var asb = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(project, "out", "results.json"))).RootElement
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "CSP3");
        Assert.That(asb.GetProperty("offTarget").GetBoolean(), Is.True, "4,810 is more than 5% over the 3,750 target");
        Assert.That(asb.GetProperty("dotShort").GetString(), Is.EqualTo("better"), "Q3's 1,322 is fewer than Q2's 2,096");
        Assert.That(asb.GetProperty("rag").GetString(), Is.EqualTo("Amber"));
    }
}
