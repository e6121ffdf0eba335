using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The Havering pack as the Crime &amp; Disorder Sub-Committee's Corporate Performance Report of 17 January 2017 has it, read
/// back from the PDF and the Word file: the target beside the figure it rates, a key that says what each arrow compares,
/// commentary that cannot contradict the table, the second recommendation and Appendix 2, the Demand Pressure Dashboard.
/// </summary>
public sealed class HaveringAsPublishedTests
{
    private const string ShortKey = "DOT (short term) compares the quarter against the quarter before (Q3 2016/17 against Q2 2016/17) for CSP1 and CSP3; "
        + "the year to date against the year to date a quarter earlier (April to December 2016 against April to September 2016) for CSP2.";

    private const string LongKey = "DOT (long term) compares the year to date against the same period last year (April to December 2016 against April to December 2015).";

    private TempFolder _folder = null!;
    private string _pdf = null!;
    private string _word = null!;

    private string Out => Path.Combine(_folder.Path, "out");

    private IEnumerable<string> Texts => [_pdf, _word];

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = Repository.Sample("havering"), Period = PeriodRequest.ForQuarter(3), OutputDirectory = Out });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        Assert.That(outcome.Problems, Is.Empty, "the commentary agrees with the figures");
        _pdf = OutputChecks.PdfText(Path.Combine(Out, "crime-disorder-cpr.pdf"));
        _word = OutputChecks.WordText(Path.Combine(Out, "crime-disorder-cpr.docx"));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    [Test]
    public void The_rag_summary_s_heading_and_lead_in_share_a_page_with_its_table_in_word_as_libreoffice_lays_it_out()
    {
        var pages = PackText.PdfPages(LibreOffice.ConvertToPdf(Path.Combine(Out, "crime-disorder-cpr.docx")));
        var heading = pages.ToList().FindIndex(p => p.Contains("RAG Summary for Crime & Disorder", StringComparison.Ordinal));

        Assert.That(heading, Is.Not.Negative, "the heading is in the converted file");
        Assert.That(pages[heading], Does.Contain("Of the 3 indicators").And.Contain("RAG rating Indicators Share"), "the lead-in and the table's header are on the heading's page");
    }

    private List<List<string>> AppendixRows()
    {
        using var word = WordprocessingDocument.Open(Path.Combine(Out, "crime-disorder-cpr.docx"), isEditable: false);
        var table = word.MainDocumentPart!.Document!.Body!.Descendants<W.Table>()
            .Single(t => t.Elements<W.TableRow>().First().InnerText.Contains("Corrective action", StringComparison.Ordinal));
        return [.. table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList())];
    }

    [Test]
    public void The_target_column_is_the_year_to_date_target_the_rating_uses_beside_the_year_to_date_figure()
    {
        var rows = AppendixRows();
        var header = rows[0];
        var target = header.IndexOf("YTD target");
        var tno = rows.Single(r => r[0] == "CSP1");

        Assert.That(target, Is.GreaterThan(0), string.Join(" | ", header));
        Assert.That(header[target + 1], Is.EqualTo("YTD 2016/17"), "the target stands beside the figure it rates");
        Assert.That(header, Has.None.Contains("Q3 2016/17 target"));
        Assert.That(tno[target], Is.EqualTo("12,375"), "the year-to-date target to December: 16,500 × 3 ÷ 4");
        Assert.That(tno[target + 1], Does.StartWith("13,143"), "the figure rated Red against it");
        Assert.That(_pdf, Does.Not.Contain("2016/17 target"));
    }

    [Test]
    public void The_key_says_what_each_arrow_compares_by_the_rule_the_pack_uses()
    {
        foreach (var text in Texts)
        {
            Assert.That(text, Does.Contain(ShortKey));
            Assert.That(text, Does.Contain(LongKey));
        }

        Assert.That(_pdf, Does.Contain("Long-term performance with the same time the previous year (the year to date to Q3 2015/16)"));
    }

    [Test]
    public void A_figure_the_commentary_quotes_is_the_figure_the_table_prints()
    {
        foreach (var text in Texts)
        {
            // The published report's commentary says 3,817 and 26.0%, and +15.9% for Q3; the pack's own figures are cited.
            Assert.That(text, Does.Contain("is 4,810, an increase of 26.2% from 3,810 reports in the previous corresponding period"));
            Assert.That(text, Does.Contain("in Q3 (1,322 from 1,140, +16.0%)"));
            Assert.That(text, Does.Contain("is 13,143, an increase of 4.5% from 12,573 in the previous corresponding period"));
            Assert.That(text, Does.Contain("In Q3, 17 of 59 domestic violence cases referred to the Multi-Agency Risk Assessment Conference (MARAC) were repeat referrals (28.8%)"));
            Assert.That(text, Does.Contain("of which 2 are currently shown as having a red RAG status (66.7% of indicators"));
            Assert.That(text, Does.Not.Contain("3,817").And.Not.Contain("26.0%").And.Not.Contain("15.9%"));
        }

        var asb = AppendixRows().Single(r => r[0] == "CSP3");
        Assert.That(string.Join(" ", asb), Does.Contain("3,810").And.Contain("+26.2%"), "the table prints what the text says");
    }

    [Test]
    public void A_typed_number_that_contradicts_the_table_is_a_warning_at_its_place_in_the_commentary()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var path = Path.Combine(project, "commentary", "2016-17-Q3.md");
        var lines = File.ReadAllLines(path).ToList();
        var line = lines.FindIndex(l => l.Contains("{{ indicator.ytd_last_year_value }} reports", StringComparison.Ordinal));
        Assert.That(line, Is.GreaterThanOrEqualTo(0), "the ASB commentary cites last year's figure");
        lines[line] = lines[line].Replace("{{ indicator.ytd_last_year_value }} reports", "3,817 reports", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3), Formats = new HashSet<string> { "pdf" } });

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), "a warning, not an error: the pack is still built");
        var warning = outcome.Problems.Single();
        Assert.That(warning.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(warning.Location?.Path.Replace('\\', '/'), Does.EndWith("commentary/2016-17-Q3.md"));
        Assert.That((warning.Location?.Line, warning.Location?.Column), Is.EqualTo((line + 1, lines[line].IndexOf("3,817", StringComparison.Ordinal) + 1)));
        Assert.That(warning.Message, Is.EqualTo("'3,817' does not agree with the figures: CSP3's year-to-date figure last year is 3,810; cite it as {{ results.CSP3.ytd_last_year_value }} so that the text and the table agree (docs/templates.md)"));
    }

    [Test]
    public void The_second_recommendation_notes_the_Demand_Pressure_Dashboard_of_Appendix_2()
    {
        foreach (var text in Texts)
        {
            Assert.That(text, Does.Contain("Review the levels of performance set out in Appendix 1 and the corrective action that is being taken, and"));
            Assert.That(text, Does.Contain("Note the content of the Demand Pressure Dashboard attached as Appendix 2."));
            Assert.That(text, Does.Contain("Also attached to the report (as Appendix 2) is a Demand Pressure Dashboard"));
            Assert.That(text, Does.Contain("Appendix 2: Demand Pressure Dashboard, Quarter 3 (2016/17)"));
        }

        const string Title = "Domestic violence cases referred to the MARAC (183 in April to December 2016, +5.8% on 173 a year earlier)";
        Assert.That(_pdf, Does.Contain(Title));
        using var word = WordprocessingDocument.Open(Path.Combine(Out, "crime-disorder-cpr.docx"), isEditable: false);
        Assert.That(word.MainDocumentPart!.ChartParts.Select(c => c.ChartSpace!.InnerText), Has.Some.Contains(Title), "the Word chart has the same title");
        Assert.That(_pdf, Does.Contain("2. Note the content"), "the PDF numbers the list as the published report does");
    }

    [Test]
    public void The_demand_measure_is_charted_but_neither_rated_nor_counted_nor_a_row_of_Appendix_1()
    {
        Assert.That(AppendixRows().Select(r => r[0]), Has.None.EqualTo("DEM1"));
        foreach (var text in Texts)
        {
            Assert.That(text, Does.Contain("Of the 3 indicators 2 (66.7%) are Red and 1 (33.3%) is Green."));
            Assert.That(text, Does.Contain("These relate to the SAFE goal."));
        }

        var results = OutputChecks.Json(Path.Combine(Out, "results.json"));
        var demand = results.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "DEM1");
        Assert.That(demand.GetProperty("rag").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(demand.GetProperty("periodValue").GetDecimal(), Is.EqualTo(59m), "the 59 cases referred to the MARAC in Q3, as published");
    }
}
