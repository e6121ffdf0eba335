using System.Text.Json;
using ReportGen.Core.Periods;
using UglyToad.PdfPig;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The record-level sample is a test: its synthetic crime extract (samples/record-level/data/crimes.csv, one row per
/// crime) is counted into the City of London measures' crime summary hierarchy, so every subtotal equals the sum of its parts, for the
/// whole area and for each borough, and a month's count is what counting the file by hand gives.
/// </summary>
public sealed class RecordLevelSampleTests
{
    /// <summary>The hierarchy of samples/record-level/reportgen.yaml: each subtotal and its parts.</summary>
    private static readonly Dictionary<string, string[]> Subtotals = new()
    {
        ["ALL"] = ["VBC", "CAS"],
        ["VBC"] = ["VBV", "VBA", "ACD"],
        ["VBV"] = ["HOM", "VWI", "VWO", "RAPE", "OSO"],
        ["VBA"] = ["ROBB", "ROBP", "BURD", "BURN", "VEH", "TFP", "BIKE", "SHOP", "THO"],
        ["ACD"] = ["ARSON", "CD"],
        ["CAS"] = ["DRUG", "WEAP", "PUB", "MISC"],
    };

    private TempFolder _folder = null!;
    private BuildOutcome _outcome = null!;

    private string Out => Path.Combine(_folder.Path, "out");

    [OneTimeSetUp]
    public void BuildTheSample()
    {
        _folder = new TempFolder();
        _outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = Repository.Sample("record-level"), Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")), OutputDirectory = Out });
    }

    [OneTimeTearDown]
    public void CleanUp() => _folder.Dispose();

    private static Dictionary<string, JsonElement> Indicators(string folder) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "results.json"))).RootElement
            .GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!, i => i.Clone());

    private static decimal Breakdown(JsonElement indicator, string group, string field) =>
        indicator.GetProperty("breakdowns").EnumerateArray().Single(b => b.GetProperty("breakdown").GetString() == group).GetProperty(field).GetDecimal();

    [Test]
    public void The_build_writes_every_format_and_reports_the_unmapped_fraud_records()
    {
        Assert.That(_outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", _outcome.Problems));
        Assert.That(Directory.GetFiles(Out).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "crime-summary.docx", "crime-summary.pdf", "manifest.json", "results.json" }));
        Assert.That(_outcome.Problems.Select(p => p.Message), Is.EqualTo(new[]
        {
            "36 of 7,770 records (0.5%) have a category that no node of 'categories' maps, so they are in no count: 'Fraud and Forgery' (36, first at samples/record-level/data/crimes.csv:77); map them in reportgen.yaml if they belong in a count"
                .Replace("samples/record-level", Repository.Sample("record-level"), StringComparison.Ordinal),
        }));
    }

    [TestCase("periodValue")] // Q3 alone
    [TestCase("ytdValue")] // April to December
    [TestCase("ytdLastYearValue")] // the same months of 2015/16
    public void Every_subtotal_is_the_sum_of_its_parts(string field)
    {
        var indicators = Indicators(Out);
        foreach (var (subtotal, parts) in Subtotals)
        {
            Assert.That(indicators[subtotal].GetProperty(field).GetDecimal(), Is.EqualTo(parts.Sum(p => indicators[p].GetProperty(field).GetDecimal())), subtotal);
        }
    }

    [TestCase("Barking and Dagenham")] // each borough's subtotals add up too
    [TestCase("Havering")]
    [TestCase("Redbridge")]
    public void Every_subtotal_is_the_sum_of_its_parts_in_each_borough(string borough)
    {
        var indicators = Indicators(Out);
        foreach (var (subtotal, parts) in Subtotals)
        {
            Assert.That(Breakdown(indicators[subtotal], borough, "ytdValue"), Is.EqualTo(parts.Sum(p => Breakdown(indicators[p], borough, "ytdValue"))), subtotal);
        }
    }

    [Test]
    public void The_boroughs_add_up_to_the_whole()
    {
        foreach (var (id, indicator) in Indicators(Out).Where(i => i.Key != "ASB"))
        {
            var boroughs = indicator.GetProperty("breakdowns").EnumerateArray().Sum(b => b.GetProperty("periodValue").GetDecimal());
            Assert.That(boroughs, Is.EqualTo(indicator.GetProperty("periodValue").GetDecimal()), id);
        }
    }

    [Test]
    public void October_2016_has_347_crimes_of_which_98_in_Havering_as_counting_the_file_by_hand_gives()
    {
        using var folder = new TempFolder();
        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = Repository.Sample("record-level"),
            Period = PeriodRequest.ForMonth(new YearMonth(2016, 10)),
            OutputDirectory = folder.Path,
            Formats = new HashSet<string> { "json" },
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        var all = Indicators(folder.Path)["ALL"];

        var october = File.ReadLines(Path.Combine(Repository.Sample("record-level"), "data", "crimes.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f[1].Substring(3, 7) == "10/2016" && f[3] != "Fraud and Forgery")
            .ToArray();
        Assert.That(october, Has.Length.EqualTo(347));
        Assert.That(all.GetProperty("periodValue").GetDecimal(), Is.EqualTo(347m));
        Assert.That(Breakdown(all, "Havering", "periodValue"), Is.EqualTo((decimal)october.Count(f => f[2] == "Havering")).And.EqualTo(98m));
    }

    [Test]
    public void The_wide_table_gives_anti_social_behaviour_by_month()
    {
        var asb = Indicators(Out)["ASB"];
        Assert.That(asb.GetProperty("periodValue").GetDecimal(), Is.EqualTo(401m + 371m + 330m), "October to December 2016 from the Oct, Nov and Dec columns");
        Assert.That(asb.GetProperty("ytdValue").GetDecimal(), Is.EqualTo(3718m));
        Assert.That(asb.GetProperty("ytdLastYearValue").GetDecimal(), Is.EqualTo(3922m));
    }

    [Test]
    public void The_pdf_prints_the_counted_figures()
    {
        using var pdf = PdfDocument.Open(Path.Combine(Out, "crime-summary.pdf"));
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var figure in new[] { "All crime", "1,089", "3,359", "3,311", "Victim-based violence", "1,327", "(+13.0%)" })
        {
            Assert.That(text, Does.Contain(figure));
        }
    }
}
