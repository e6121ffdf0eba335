using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The City of London sample is a test: built for Q3 2016/17 with the measure-sheets template it gives the published measures'
/// survey figures (305 of 426 satisfied, 72%, cumulative from April 2014, and the initial-service table), its
/// national ranks, and a crime summary counted from a record-level extract, in results.json, the PDF and the Word
/// file, with the protective marking on every page.
/// </summary>
public sealed class CityOfLondonSampleTests
{
    private const string Marking = "DRAFT NOT PROTECTIVELY MARKED – MANAGEMENT DRAFT";

    private TempFolder _folder = null!;
    private BuildOutcome _outcome = null!;
    private IReadOnlyList<string> _pdf = null!;
    private IReadOnlyList<string> _word = null!;

    private string Out => Path.Combine(_folder.Path, "out");

    private string Pdf => string.Join("\n", _pdf);

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        _outcome = CityOfLondonSample.Build(Out);
        _pdf = PackText.PdfPages(Path.Combine(Out, "measures.pdf"));
        _word = PackText.WordRows(Path.Combine(Out, "measures.docx"));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private JsonElement Indicator(string id) =>
        OutputChecks.Json(Path.Combine(Out, "results.json")).GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    [Test]
    public void The_build_has_no_problem_at_all()
    {
        Assert.That(_outcome.Problems, Is.Empty);
        Assert.That(OutputChecks.WordText(Path.Combine(Out, "measures.docx")), Does.Contain("City Crime Overview"));
    }

    // The published measures: "cumulative response Apr 14 - Dec 16", respondents satisfied of valid responses.
    [TestCase("FVSWE", 305, 426, 72)] // whole experience
    [TestCase("FVSIS", 324, 429, 76)] // initial service, the published second table
    public void Survey_satisfaction_cumulative_from_April_2014_is_the_published_in_results_json(string id, int satisfied, int responses, int percent)
    {
        var indicator = Indicator(id);

        Assert.That(indicator.GetProperty("cumulativeFrom").GetString(), Is.EqualTo("2014-04"));
        Assert.That(indicator.GetProperty("cumulativeNumerator").GetDecimal(), Is.EqualTo(satisfied));
        Assert.That(indicator.GetProperty("cumulativeDenominator").GetDecimal(), Is.EqualTo(responses));
        Assert.That(Math.Round(indicator.GetProperty("cumulativeValue").GetDecimal(), 0, MidpointRounding.AwayFromZero), Is.EqualTo(percent));
    }

    [Test]
    public void The_survey_tables_print_every_quarter_as_published()
    {
        Assert.That(Pdf, Does.Contain("Percentage of respondents satisfied 40% 50% 65% 68% 68% 70% 71% 71% 72% 72% 72%"));
        Assert.That(Pdf, Does.Contain("Number of respondents satisfied 21 39 119 133 166 187 209 224 234 293 305"));
        Assert.That(Pdf, Does.Contain("Number of valid responses 53 78 183 197 244 269 295 316 326 406 426"));
        Assert.That(Pdf, Does.Contain("Percentage of respondents satisfied 60% 63% 76% 77% 76% 76% 75% 75% 75% 76% 76%"));
        Assert.That(_word, Does.Contain("Number of respondents satisfied | 33 | 50 | 141 | 153 | 186 | 205 | 223 | 238 | 247 | 310 | 324 |  | –"));
    }

    // The published measures' Table 1: the City of London's rank among the 43 forces in each core area.
    [TestCase("NCEOC", "26th of 43")]
    [TestCase("NCACT", "8th of 43")]
    [TestCase("NCFOL", "1st of 43")]
    [TestCase("NCTRT", "8th of 43")]
    [TestCase("NCWHX", "6th of 43")]
    public void National_ranks_are_the_published(string id, string rank) =>
        Assert.That(Indicator(id).GetProperty("rank").GetProperty("text").GetString(), Is.EqualTo(rank));

    [Test]
    public void The_national_comparison_prints_the_force_the_national_average_and_the_rank()
    {
        Assert.That(Pdf, Does.Contain("Whole Experience 87.4% 82.7% 6th of 43"));
        Assert.That(_word, Does.Contain("Follow Up | 87.6% | 73.2% | 1st of 43"));
    }

    [Test]
    public void All_crime_is_the_extract_s_records_counted_by_month_and_its_subtotals_add_up()
    {
        var dates = File.ReadLines(Path.Combine(Repository.Sample("city-of-london"), "data", "crimes.csv")).Skip(1)
            .Select(line => DateOnly.ParseExact(line.Split(',')[1][..10], "dd/MM/yyyy", CultureInfo.InvariantCulture))
            .ToList();
        var all = Indicator("ALL");

        Assert.That(all.GetProperty("ytdValue").GetDecimal(), Is.EqualTo(dates.Count(d => d >= new DateOnly(2016, 4, 1) && d <= new DateOnly(2016, 12, 31))));
        Assert.That(all.GetProperty("ytdLastYearValue").GetDecimal(), Is.EqualTo(dates.Count(d => d >= new DateOnly(2015, 4, 1) && d <= new DateOnly(2015, 12, 31))));
        Assert.That(all.GetProperty("ytdValue").GetDecimal(), Is.EqualTo(Indicator("VBC").GetProperty("ytdValue").GetDecimal() + Indicator("CAS").GetProperty("ytdValue").GetDecimal()));
        Assert.That(Indicator("VBV").GetProperty("ytdValue").GetDecimal(), Is.EqualTo(
            new[] { "HOM", "VWI", "VWO", "RAPE", "OSO" }.Sum(id => Indicator(id).GetProperty("ytdValue").GetDecimal())));
    }

    [Test]
    public void The_crime_summary_prints_last_year_this_year_and_the_change_with_subtotals_emphasised()
    {
        var all = Indicator("ALL");
        var (now, before) = (all.GetProperty("ytdValue").GetDecimal(), all.GetProperty("ytdLastYearValue").GetDecimal());
        var change = (now - before).ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);

        Assert.That(Pdf, Does.Contain($"Crime category 2015/16 YTD 2016/17 YTD Change Change %"));
        Assert.That(_word, Does.Contain($"All Crime | {before:N0} | {now:N0} | {change} | {Math.Round((now - before) / before * 100, 1, MidpointRounding.AwayFromZero):+0.0;-0.0}%"));
        Assert.That(Pdf, Does.Contain("Victim-Based Violence"));
    }

    [Test]
    public void The_monthly_table_runs_April_to_March_with_the_prediction_of_the_year_end()
    {
        var forecast = Indicator("ALL").GetProperty("forecastYearEnd").GetDecimal();

        Assert.That(Pdf, Does.Contain("All Crime Apr May Jun Jul Aug Sep Oct Nov Dec Jan Feb Mar 2015/16 (month)"));
        Assert.That(Pdf, Does.Contain($"Prediction 2016/17 year end {Math.Round(forecast, 0, MidpointRounding.AwayFromZero):N0} (projected from the year to date on last year's profile)"));
    }

    [Test]
    public void Every_page_carries_the_protective_marking()
    {
        Assert.That(_pdf, Has.Count.GreaterThan(5));
        Assert.That(_pdf, Has.All.Contains(Marking));
        using var word = WordprocessingDocument.Open(Path.Combine(Out, "measures.docx"), isEditable: false);
        var headers = word.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText).ToList();
        Assert.That(headers, Is.Not.Empty);
        Assert.That(headers, Has.All.Contains(Marking));
    }

    [Test]
    public void The_contents_page_lists_the_eleven_areas_with_their_assessments_blank_as_published()
    {
        Assert.That(_pdf[0], Does.Contain("Contents summary"));
        // The last cell is the page the sheet starts on (CityOfLondonContentsTests checks it against the sheets).
        Assert.That(_word, Does.Contain("1. City Crime Overview |  |  |  | 2"));
        for (var area = 1; area <= 11; area++)
        {
            Assert.That(_word, Has.One.Match($@"^{area}\. [^|]+ \|  \|  \|  \| \d+$"), $"area {area}, its assessment, capability and impact blank");
        }
    }

    [Test]
    public void Areas_with_a_monthly_indicator_have_its_chart_and_its_spc_chart_in_both_formats()
    {
        Assert.That(Pdf, Does.Contain("All Crime: statistical process control chart"));
        Assert.That(Pdf, Does.Contain("Victim-Based Violence by month: 2016/17 against 2015/16"));
        using var word = WordprocessingDocument.Open(Path.Combine(Out, "measures.docx"), isEditable: false);
        Assert.That(word.MainDocumentPart!.ChartParts.Count(), Is.EqualTo(6), "three areas, each this year against last and SPC");
    }
}
