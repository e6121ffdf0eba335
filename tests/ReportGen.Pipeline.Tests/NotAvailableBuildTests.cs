using ReportGen.Core.Periods;

namespace ReportGen.Pipeline.Tests;

/// <summary>
/// A figure the measures CSV writes as a "no value" marker ("Not available", "[x]", "N/A") is read as blank, and the
/// pack shows the marker, its reason, where the figure would be, in the PDF and in the Word file; a figure blank for
/// want of a row still shows n/a.
/// </summary>
public sealed class NotAvailableBuildTests
{
    private const string Project = """
        title: KPI appendix
        data:
          - data/measures.csv
        reports:
          - id: kpi
            template: corporate-performance
            formats: [pdf, docx]
            settings:
              committee: Overview and Scrutiny
        """;

    private const string Indicators = """
        - id: KPI1
          title: Homes built
          aggregation: latest
          rag: { method: target_distance, amber_within: 10%, basis: period }
        - id: KPI2
          title: Claims processed
          aggregation: latest
          rag: { method: target_distance, amber_within: 10%, basis: period }
        - id: KPI3
          title: Visits
          aggregation: latest
          rag: { method: target_distance, amber_within: 10%, basis: period }
        - id: KPI4
          title: Calls answered
          aggregation: latest
          rag: { method: target_distance, amber_within: 10%, basis: period }
        """;

    // Q3: KPI1 "Not available", KPI2 "[x]", KPI3 has no row at all, KPI4 a figure.
    private const string Measures = """
        indicator,period,value,target
        KPI1,2016/17 Q2,90,90
        KPI1,2016/17 Q3,Not available,90
        KPI2,2016/17 Q2,12,10
        KPI2,2016/17 Q3,[x],10
        KPI3,2016/17 Q2,40,50
        KPI4,2016/17 Q3,55,50
        """;

    [Test]
    public void The_marker_is_shown_where_the_figure_would_be_in_pdf_and_word()
    {
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        foreach (var (file, text) in new[] { ("reportgen.yaml", Project), ("indicators/kpis.yaml", Indicators), ("data/measures.csv", Measures) })
        {
            var path = Path.Combine(project, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text + "\n");
        }

        var outcome = ReportBuilder.Build(new BuildRequest
        {
            ProjectDirectory = project,
            Period = PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17")),
            OutputDirectory = Path.Combine(folder.Path, "out"),
        });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        var pdf = string.Join("\n", PackText.PdfPages(Path.Combine(folder.Path, "out", "kpi.pdf")));
        var rows = PackText.WordRows(Path.Combine(folder.Path, "out", "kpi.docx"));
        string Row(string id) => rows.Single(r => r.StartsWith(id + " |", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(Row("KPI1"), Does.Contain("| Not available |"), "Word: the reason, as the CSV wrote it");
            Assert.That(Row("KPI2"), Does.Contain("| [x] |"));
            Assert.That(Row("KPI3"), Does.Contain("| n/a |").And.Not.Contain("Not available"), "no row: no reason, n/a as before");
            Assert.That(Row("KPI4"), Does.Contain("| 55 |"));
            // The PDF's words come in drawing order, so they are checked as words: the marker, and the reason that the
            // narrow Q3 column wraps over two lines ("Not" then "available").
            Assert.That(Words(pdf), Has.Exactly(1).EqualTo("[x]"), "the PDF shows the marker too");
            Assert.That(Words(pdf), Has.Exactly(1).EqualTo("available"), "and the reason, once");
        });
    }

    static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
