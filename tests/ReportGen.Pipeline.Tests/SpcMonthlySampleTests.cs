using System.Text.Json;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The SPC sample is a test: building its December 2016 pack gives the XmR figures worked out independently in
/// samples/spc-monthly/NOTES.md (a few lines of Python from the data), in results.json.
/// </summary>
public sealed class SpcMonthlySampleTests
{
    private TempFolder _folder = null!;
    private BuildOutcome _outcome = null!;

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        _outcome = Build(new YearMonth(2016, 12), _folder.Path, formats: null);
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private static BuildOutcome Build(YearMonth month, string output, IReadOnlySet<string>? formats) =>
        ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample("spc-monthly"),
            Period = PeriodRequest.ForMonth(month),
            OutputDirectory = output,
            Formats = formats,
        });

    private JsonElement Indicator(string id) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder.Path, "results.json"))).RootElement
            .GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).Clone();

    private static decimal Rounded(JsonElement element, string field) =>
        Math.Round(element.GetProperty(field).GetDecimal(), 10, MidpointRounding.AwayFromZero);

    [Test]
    public void The_pack_builds_a_pdf_a_word_file_and_results_json_without_a_warning()
    {
        Assert.That(_outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", _outcome.Problems));
        Assert.That(_outcome.Problems, Is.Empty);
        Assert.That(Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "manifest.json", "monthly-spc.docx", "monthly-spc.pdf", "results.json" }));
    }

    [Test]
    public void Benefit_claims_are_charted_from_the_rebase_and_pass_their_target()
    {
        var spc = Indicator("BEN1").GetProperty("spc");
        Assert.Multiple(() =>
        {
            // October 2015 to December 2016, 15 points: mean 18, mean moving range 0.87857…, limits 18 ± 2.337.
            Assert.That(Rounded(spc, "mean"), Is.EqualTo(18m));
            Assert.That(Rounded(spc, "upperLimit"), Is.EqualTo(20.337m));
            Assert.That(Rounded(spc, "lowerLimit"), Is.EqualTo(15.663m));
            Assert.That(spc.GetProperty("variation").GetString(), Is.EqualTo("common_cause"));
            Assert.That(spc.GetProperty("assurance").GetString(), Is.EqualTo("pass")); // 22 lies above the upper limit, lower is better
            Assert.That(spc.GetProperty("points").GetArrayLength(), Is.EqualTo(33)); // April 2014 to December 2016
            Assert.That(spc.GetProperty("points")[18].GetRawText(), Is.EqualTo("""{"period":"2015-10","value":18.5,"rule":null}""").IgnoreWhiteSpace);
            Assert.That(spc.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("rule").ValueKind), Is.All.EqualTo(JsonValueKind.Null));
            Assert.That(Indicator("BEN1").GetProperty("rag").GetString(), Is.EqualTo("Green"));
        });
    }

    [Test]
    public void Violence_is_common_cause_but_four_rises_above_the_mean_make_it_red()
    {
        var violence = Indicator("VIOL");
        var spc = violence.GetProperty("spc");
        Assert.Multiple(() =>
        {
            // 33 months adding up to 3,335: mean 101.0606…; moving ranges 185 in 32: 5.78125; limits mean ± 15.378125.
            Assert.That(Rounded(spc, "mean"), Is.EqualTo(101.0606060606m));
            Assert.That(Rounded(spc, "upperLimit"), Is.EqualTo(116.4387310606m));
            Assert.That(Rounded(spc, "lowerLimit"), Is.EqualTo(85.6824810606m));
            Assert.That(spc.GetProperty("variation").GetString(), Is.EqualTo("common_cause"));
            Assert.That(spc.GetProperty("assurance").ValueKind, Is.EqualTo(JsonValueKind.Null)); // no SPC target
            Assert.That(spc.GetProperty("alert").GetBoolean(), Is.True); // 103, 106, 110, 114, each up and above the mean
            Assert.That(violence.GetProperty("rag").GetString(), Is.EqualTo("Red"));
        });
    }

    [Test]
    public void Violence_is_forecast_to_the_year_s_end_on_last_year_s_profile()
    {
        var violence = Indicator("VIOL");
        Assert.Multiple(() =>
        {
            // 933 to December against 903 a year earlier, of 1,202 in 2015/16: 933 × 1,202 ÷ 903 = 1,241.93…
            Assert.That(violence.GetProperty("ytdValue").GetDecimal(), Is.EqualTo(933m));
            Assert.That(Rounded(violence, "forecastYearEnd"), Is.EqualTo(1241.9335548173m));
            Assert.That(violence.GetProperty("forecastMethod").GetString(), Is.EqualTo("last_year_profile"));
            Assert.That(violence.GetProperty("lastDataPeriod").GetString(), Is.EqualTo("2016-12"));
            Assert.That(violence.GetProperty("stale").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void A_pack_on_a_short_series_warns_that_its_limits_are_trial_limits()
    {
        using var folder = new TempFolder();
        var outcome = Build(new YearMonth(2015, 3), folder.Path, new HashSet<string> { "json" });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
            Assert.That(outcome.Problems.Select(p => p.ToString()), Has.Some.StartsWith("reportgen: warning: BEN1: the SPC limits (2014-04 to 2015-03) rest on 12 points")
                .And.Some.Contains("trial limits"));
        });
    }
}
