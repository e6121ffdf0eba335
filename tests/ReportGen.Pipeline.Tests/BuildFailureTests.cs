using ReportGen.Core.Periods;
namespace ReportGen.Pipeline.Tests;

/// <summary>A build that cannot give a right pack writes nothing, reports every problem, and leaves earlier outputs alone.</summary>
public sealed class BuildFailureTests
{
    private static BuildOutcome Build(string project, bool strict = false, int quarter = 3, string? year = null) =>
        ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = PeriodRequest.ForQuarter(quarter, year is null ? null : YearLabel.Parse(year)), Strict = strict });

    [Test]
    public void A_bad_value_fails_the_build_and_leaves_the_previous_outputs_untouched()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        Assert.That(Build(project).Status, Is.EqualTo(BuildStatus.Built));
        var pdf = Path.Combine(project, "out", "crime-disorder-cpr.pdf");
        var before = File.ReadAllBytes(pdf);
        var stamp = File.GetLastWriteTimeUtc(pdf);

        var data = Path.Combine(project, "data", "measures.csv");
        File.WriteAllText(data, File.ReadAllText(data).Replace("CSP1,2016-11,\"1,463\"", "CSP1,2016-11,lots", StringComparison.Ordinal));
        var outcome = Build(project);

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Failed));
        Assert.That(outcome.Written, Is.Empty);
        Assert.That(outcome.Problems.Select(p => p.ToString()), Has.Some.Match(@"^.*data/measures\.csv:\d+:\d+: 'lots' is not a number"));
        Assert.That(File.ReadAllBytes(pdf), Is.EqualTo(before));
        Assert.That(File.GetLastWriteTimeUtc(pdf), Is.EqualTo(stamp));
        Assert.That(Directory.GetFiles(Path.Combine(project, "out"), "*.tmp"), Is.Empty, "no temporary file is left behind");
    }

    [Test]
    public void Every_problem_of_a_run_is_reported_not_just_the_first()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var data = Path.Combine(project, "data", "measures.csv");
        File.WriteAllText(data, File.ReadAllText(data)
            .Replace("CSP1,2016-11,\"1,463\"", "CSP1,2016-11,lots", StringComparison.Ordinal)
            .Replace("CSP2,2016-10,,6,20", "CSP2,2016-10,,6,", StringComparison.Ordinal));
        var definitions = Path.Combine(project, "indicators", "safe.yaml");
        File.WriteAllText(definitions, File.ReadAllText(definitions).Replace("polarity: lower", "polarty: lower", StringComparison.Ordinal));

        var lines = Build(project).Problems.Select(p => p.ToString()).ToList();

        Assert.That(lines, Has.Some.Contain("'lots' is not a number"));
        Assert.That(lines, Has.Some.Contain("numerator"));
        Assert.That(lines, Has.Some.Contain("did you mean 'polarity'?"));
    }

    [Test]
    public void Under_strict_a_warning_fails_the_build_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        File.Delete(Path.Combine(project, "commentary", "2016-17-Q3.md"));

        var relaxed = Build(project);
        Directory.Delete(Path.Combine(project, "out"), recursive: true);
        var strict = Build(project, strict: true);

        Assert.That(relaxed.Status, Is.EqualTo(BuildStatus.Built));
        Assert.That(relaxed.Problems.Select(p => p.ToString()), Has.Some.Contain("is rated Red but has no corrective action"));
        Assert.That(strict.Status, Is.EqualTo(BuildStatus.Failed));
        Assert.That(Directory.Exists(Path.Combine(project, "out")), Is.False);
    }

    [Test]
    public void A_year_without_data_is_a_bad_request()
    {
        var outcome = Build(Repository.Sample("havering"), year: "2030/31");

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.BadRequest));
        Assert.That(outcome.Problems.Single().ToString(), Is.EqualTo("reportgen: no indicator has data for 2030/31 Q3; the data run from 2015-04 to 2016-12"));
    }

    [Test]
    public void A_quarter_no_year_has_data_for_is_a_bad_request()
    {
        var outcome = Build(Repository.Sample("havering"), quarter: 4, year: "2016/17");

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.BadRequest), "Q4 2016/17 (January to March 2017) is after the data end");
    }

    [Test]
    public void A_report_listing_an_unknown_indicator_is_an_error_at_the_id()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var file = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("    formats: [pdf, docx, json]", "    formats: [pdf, docx, json]\n    indicators: [CSP1, CSP9]", StringComparison.Ordinal));

        var outcome = Build(project);

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Failed));
        Assert.That(outcome.Problems.Select(p => p.ToString()), Has.Some.Match(@"reportgen\.yaml:\d+:\d+: report 'crime-disorder-cpr' lists the indicator 'CSP9', which no definition has"));
    }

    [Test]
    public void A_report_can_cover_some_indicators_in_its_own_order_with_its_own_summary()
    {
        using var folder = new TempFolder();
        var project = folder.CopyOf("havering");
        var file = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("    formats: [pdf, docx, json]", "    formats: [pdf]\n    indicators: [CSP2, CSP1]", StringComparison.Ordinal));

        var outcome = Build(project);

        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Path.Combine(project, "out", "crime-disorder-cpr.pdf"));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.That(text, Does.Contain("Of the 2 indicators 1 (50.0%) is Red and 1 (50.0%) is Green."));
        Assert.That(text, Does.Not.Contain("CSP3"));
    }
}
