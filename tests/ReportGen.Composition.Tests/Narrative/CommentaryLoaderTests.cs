using ReportGen.Composition.Narrative;
using ReportGen.Core.Periods;
using ReportGen.Ingest;
using ReportGen.Ingest.Tests;

namespace ReportGen.Composition.Tests.Narrative;

/// <summary>Finding and reading the commentary file of a period.</summary>
public sealed class CommentaryLoaderTests
{
    private TempFolder _folder = null!;
    private ProjectFile _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _folder = new TempFolder();
        _folder.Write("data/m.csv", "indicator,period,value\n");
        _folder.Write("indicators/x.yaml", "id: CSP1\ntitle: x\n");
        _folder.Write("reportgen.yaml", "title: t\ndata: [data/m.csv]\nreports: [{id: a, template: b}]\n");
        _project = ProjectLoader.Load(_folder.Path).Value!;
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [TestCase("2016/17 Q3", "2016-17-Q3.md")] // a quarter
    [TestCase("2016-12", "2016-12.md")] // a month
    [TestCase("2016/17", "2016-17.md")] // a year
    public void The_file_is_named_after_the_period(string period, string expected)
    {
        Assert.That(PeriodParser.TryParse(period, 4, out var parsed, out _), Is.True);
        Assert.That(CommentaryLoader.FileName(parsed), Is.EqualTo(expected));
    }

    [Test]
    public void A_missing_file_is_no_commentary_and_no_problem()
    {
        var result = CommentaryLoader.Load(_project, Period.ForQuarter(new FinancialYear(2016), 3), ["CSP1"]);
        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Value!.Indicators, Is.Empty);
    }

    [Test]
    public void The_periods_file_is_read_and_problems_name_it()
    {
        _folder.Write("commentary/2016-17-Q3.md", "# CSP1\n## Commentary\nUp.\n## Oops\nx\n");
        var result = CommentaryLoader.Load(_project, Period.ForQuarter(new FinancialYear(2016), 3), ["CSP1"]);
        Assert.That(Problems.Lines(result.Problems, _folder.Path), Is.EqualTo(new[] { "commentary/2016-17-Q3.md:4:1: '## Oops' is not a part of an indicator's notes; write '## Commentary', '## Corrective action' or '## Highlight'" }));
        Assert.That(result.Value!.Indicators["CSP1"].Text, Is.EqualTo("Up."));
    }
}
