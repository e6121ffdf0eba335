using System.Security.Cryptography;
using System.Text.Json;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Every figure is traceable: manifest.json beside the outputs names the ReportGen version, the command line,
/// each input file (size, SHA-256, rows read / used / rejected) and each output's SHA-256; the PDF's properties
/// and each pack's "Data sources" note summarise the same.
/// </summary>
public sealed class ProvenanceTests
{
    private TempFolder _folder = null!;
    private string _out = null!;
    private JsonElement _manifest;

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        _out = Path.Combine(_folder.Path, "out");
        var (exitCode, _, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", Repository.Sample("havering"), "--out", _out]);
        Assert.That(exitCode, Is.Zero, error);
        _manifest = OutputChecks.Json(Path.Combine(_out, "manifest.json"));
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private JsonElement Input(string path) => _manifest.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("path").GetString() == path);

    [Test]
    public void The_manifest_names_the_version_the_command_line_and_the_period()
    {
        Assert.That(_manifest.GetProperty("reportgen").GetString(), Is.EqualTo(ToolVersion.Current).And.StartWith("0.1.0"));
        Assert.That(_manifest.GetProperty("commandLine").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[]
        {
            "reportgen", "build", "--quarter", "Q3", "--project", Repository.Sample("havering"), "--out", _out,
        }));
        Assert.That(_manifest.GetProperty("created").ValueKind, Is.EqualTo(JsonValueKind.Null), "no SOURCE_DATE_EPOCH, no time");
        var period = _manifest.GetProperty("period");
        Assert.That(period.GetProperty("label").GetString(), Is.EqualTo("2016/17 Q3"));
        Assert.That((period.GetProperty("start").GetString(), period.GetProperty("end").GetString()), Is.EqualTo(("2016-10", "2016-12")));
    }

    [TestCase("reportgen.yaml", "project")]
    [TestCase("data/measures.csv", "data")]
    [TestCase("indicators/safe.yaml", "indicators")]
    [TestCase("commentary/2016-17-Q3.md", "commentary")] // the period's commentary is an input; other periods' are not
    public void Each_input_file_is_listed_with_its_size_and_SHA_256(string path, string role)
    {
        var file = Path.Combine(Repository.Sample("havering"), path);
        var input = Input(path);

        Assert.That(input.GetProperty("role").GetString(), Is.EqualTo(role));
        Assert.That(input.GetProperty("size").GetInt64(), Is.EqualTo(new FileInfo(file).Length));
        Assert.That(input.GetProperty("sha256").GetString(), Is.EqualTo(Sha256(file)));
    }

    [Test]
    public void A_data_file_says_how_many_rows_were_read_used_and_rejected_and_its_last_period()
    {
        var data = Input("data/measures.csv");
        var rows = data.GetProperty("rows");
        var lines = File.ReadAllLines(Path.Combine(Repository.Sample("havering"), "data", "measures.csv")).Count(l => l.Length > 0) - 1;

        Assert.That(rows.GetProperty("read").GetInt32(), Is.EqualTo(lines));
        Assert.That(rows.GetProperty("used").GetInt32(), Is.EqualTo(lines));
        Assert.That(rows.GetProperty("rejected").GetInt32(), Is.Zero);
        Assert.That(data.GetProperty("lastPeriod").GetString(), Is.EqualTo("2016-12"));
    }

    [Test]
    public void Rows_of_an_undefined_indicator_are_counted_as_rejected()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var data = Path.Combine(project, "data", "measures.csv");
        File.AppendAllText(data, "CSP9,2016-12,5,,,,,\nCSP9,2016-11,4,,,,,\n");

        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3), Formats = new HashSet<string> { "json" } });

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        var rows = OutputChecks.Json(Path.Combine(project, "out", "manifest.json")).GetProperty("inputs")[1].GetProperty("rows");
        Assert.That((rows.GetProperty("read").GetInt32(), rows.GetProperty("used").GetInt32(), rows.GetProperty("rejected").GetInt32()), Is.EqualTo((87, 85, 2)));
    }

    [Test]
    public void The_last_period_of_data_is_given_for_each_indicator()
    {
        var indicators = _manifest.GetProperty("indicators").EnumerateArray()
            .Select(i => (i.GetProperty("id").GetString(), i.GetProperty("lastPeriod").GetString()));

        Assert.That(indicators, Is.EqualTo(new[] { ("CSP1", "2016-12"), ("CSP2", "2016-12"), ("CSP3", "2016-12"), ("DEM1", "2016-12") }));
    }

    [Test]
    public void Each_indicators_last_period_is_its_own_latest_month_with_a_figure()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var data = Path.Combine(project, "data", "measures.csv");
        // CSP2's data now stops at September (its last quarter's months gone); CSP3's December row has no figure.
        var lines = File.ReadAllLines(data)
            .Where(line => !line.StartsWith("CSP2,2016-1", StringComparison.Ordinal))
            .Select(line => line.StartsWith("CSP3,2016-12,", StringComparison.Ordinal) ? "CSP3,2016-12,,,,,," : line);
        File.WriteAllLines(data, lines);

        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(3), Formats = new HashSet<string> { "json" } });

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        var indicators = OutputChecks.Json(Path.Combine(project, "out", "manifest.json")).GetProperty("indicators").EnumerateArray()
            .Select(i => (i.GetProperty("id").GetString(), i.GetProperty("lastPeriod").GetString()));
        Assert.That(indicators, Is.EqualTo(new[] { ("CSP1", "2016-12"), ("CSP2", "2016-09"), ("CSP3", "2016-11"), ("DEM1", "2016-12") }));
    }

    [Test]
    public void Each_output_is_listed_with_the_SHA_256_of_the_file_written_and_the_manifest_is_not()
    {
        var outputs = _manifest.GetProperty("outputs").EnumerateArray().ToList();

        Assert.That(outputs.Select(o => o.GetProperty("path").GetString()), Is.EqualTo(new[] { "crime-disorder-cpr.pdf", "crime-disorder-cpr.docx", "results.json" }));
        foreach (var output in outputs)
        {
            var file = Path.Combine(_out, output.GetProperty("path").GetString()!);
            Assert.That(output.GetProperty("sha256").GetString(), Is.EqualTo(Sha256(file)), file);
            Assert.That(output.GetProperty("size").GetInt64(), Is.EqualTo(new FileInfo(file).Length), file);
        }
    }

    [Test]
    public void The_pdf_keywords_summarise_the_version_and_each_input_with_the_start_of_its_hash()
    {
        using var pdf = PdfDocument.Open(Path.Combine(_out, "crime-disorder-cpr.pdf"));
        var data = Input("data/measures.csv").GetProperty("sha256").GetString()!;

        Assert.That(pdf.Information.Keywords, Does.Contain($"ReportGen {ToolVersion.Current}"));
        Assert.That(pdf.Information.Keywords, Does.Contain($"data/measures.csv sha256:{data[..8]} to 2016-12"));
        Assert.That(pdf.Information.Keywords, Does.Contain("manifest.json"));
    }

    [Test]
    public void The_pack_has_a_data_sources_note_in_the_pdf_and_the_word_file()
    {
        var data = Input("data/measures.csv").GetProperty("sha256").GetString()!;
        var definitions = Input("indicators/safe.yaml").GetProperty("sha256").GetString()!;

        foreach (var text in new[] { OutputChecks.PdfText(Path.Combine(_out, "crime-disorder-cpr.pdf")), OutputChecks.WordText(Path.Combine(_out, "crime-disorder-cpr.docx")) })
        {
            Assert.That(text, Does.Contain("DATA SOURCES"));
            Assert.That(text, Does.Contain($"ReportGen {ToolVersion.Short}"));
            Assert.That(text, Does.Contain("data/measures.csv").And.Contain("85 rows").And.Contain("December 2016").And.Contain(data[..8]));
            Assert.That(text, Does.Contain("indicators/safe.yaml").And.Contain(definitions[..8]));
        }
    }
}
