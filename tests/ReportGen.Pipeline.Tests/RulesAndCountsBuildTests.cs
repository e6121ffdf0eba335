using System.Text.Json;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The rules a district council's KPI appendix uses, end to end from YAML and CSV with no C#: "target met: Green;
/// missed by no more than 10%: Amber; more: Red" against a target the CSV changes each quarter, and an annual KPI
/// that is not due at Q3, printed as such and not warned about.
/// </summary>
public sealed class RulesAndCountsBuildTests
{
    private const string Project = """
        title: KPI appendix
        organisation: A District Council
        data:
          - data/measures.csv
        indicators: indicators/
        commentary: commentary/
        output: out/
        reports:
          - id: kpi
            template: corporate-performance
            formats: [pdf, docx, json]
            settings:
              committee: Overview and Scrutiny
              subject: "KPIs: {{ period.label }}"
        """;

    private const string Indicators = """
        - id: KPI1
          title: Homes built
          polarity: higher
          aggregation: latest
          rag: { method: target_distance, amber_within: 10%, basis: period }
        - id: KPI2
          title: Days to process a claim
          unit: days
          polarity: lower
          aggregation: latest
          rag: { method: target_distance, amber_within: 10%, basis: period }
        - id: ANN
          title: Residents satisfied with their area
          unit: percent
          aggregation: latest
          frequency: annual
          targets: { "2016/17": { annual: 80 } }
          rag: { method: target_distance, amber_within: 5pp, basis: period }
        """;

    // KPI1 is 90 each quarter against 90, 100, 110 from the CSV; KPI2 is 11 days against 10 (exactly 10% over).
    private const string Measures = """
        indicator,period,value,target
        KPI1,2016/17 Q1,90,90
        KPI1,2016/17 Q2,90,100
        KPI1,2016/17 Q3,90,110
        KPI2,2016/17 Q2,12,10
        KPI2,2016/17 Q3,11,10
        ANN,2015/16,76%,
        """;

    private static (BuildOutcome Outcome, JsonElement Results, string Pdf, IReadOnlyList<string> WordRows) Build(int quarter)
    {
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        foreach (var (file, text) in new[]
        {
            ("reportgen.yaml", Project), ("indicators/kpis.yaml", Indicators), ("data/measures.csv", Measures),
            ("commentary/2016-17-Q3.md", "# Summary\n\nThe quarter in brief.\n"),
        })
        {
            var path = Path.Combine(project, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text + "\n");
        }

        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = project,
            Period = PeriodRequest.ForQuarter(quarter, YearLabel.Parse("2016/17")),
            OutputDirectory = Path.Combine(folder.Path, "out"),
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        var results = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, "out", "results.json"))).RootElement.Clone();
        var pdf = string.Join("\n", PackText.PdfPages(Path.Combine(folder.Path, "out", "kpi.pdf")));
        return (outcome, results, pdf, PackText.WordRows(Path.Combine(folder.Path, "out", "kpi.docx")));
    }

    private static JsonElement Indicator(JsonElement results, string id) =>
        results.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    [Test]
    public void At_q3_the_ratings_follow_the_quarter_s_target_and_the_annual_kpi_is_not_due()
    {
        var (outcome, results, pdf, rows) = Build(3);
        var ann = Indicator(results, "ANN");
        Assert.Multiple(() =>
        {
            Assert.That(Indicator(results, "KPI1").GetProperty("target").GetDecimal(), Is.EqualTo(110m), "Q3's target from the CSV");
            Assert.That(Indicator(results, "KPI1").GetProperty("rag").GetString(), Is.EqualTo("Red"), "90 is short of 110 by more than 11");
            Assert.That(Indicator(results, "KPI2").GetProperty("rag").GetString(), Is.EqualTo("Amber"), "11 days is exactly 10% over 10, lower is better");
            Assert.That(Indicator(results, "KPI1").GetProperty("ratingMethod").GetString(), Is.EqualTo("target_distance"));
            Assert.That((ann.GetProperty("due").GetBoolean(), ann.GetProperty("rag").ValueKind), Is.EqualTo((false, JsonValueKind.Null)));
            Assert.That(outcome.Problems.Select(p => p.Message), Has.None.Contains("ANN"), "no 'no data' or stale warning for an indicator not due");
            Assert.That(rows.Single(r => r.StartsWith("ANN |", StringComparison.Ordinal)), Does.Contain("| Annual KPI |"), "printed where its rating would be");
            Assert.That(pdf, Does.Contain("1 (33.3%) is not due"), "the RAG sentence says so, apart from not rated");
            Assert.That(pdf, Does.Contain("Not due 1 33.3%"), "and the RAG summary table");
            Assert.That(results.GetProperty("ragSummary").GetProperty("none").GetInt32(), Is.EqualTo(1));
            Assert.That(results.GetProperty("dotSummary").GetProperty("short").GetProperty("better").GetInt32(), Is.EqualTo(1), "KPI2: 11 days after 12");
        });
    }

    [Test]
    public void At_q2_the_same_figure_against_q2_s_target_is_amber()
    {
        var (_, results, _, _) = Build(2);
        Assert.Multiple(() =>
        {
            Assert.That(Indicator(results, "KPI1").GetProperty("target").GetDecimal(), Is.EqualTo(100m));
            Assert.That(Indicator(results, "KPI1").GetProperty("rag").GetString(), Is.EqualTo("Amber"), "short by exactly 10%");
        });
    }
}
