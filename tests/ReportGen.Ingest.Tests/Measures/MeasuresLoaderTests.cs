using ReportGen.Core.Indicators;

namespace ReportGen.Ingest.Tests.Measures;

/// <summary>Reading every data file a project lists.</summary>
public sealed class MeasuresLoaderTests
{
    private TempFolder _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = new TempFolder();
        _folder.Write("indicators/x.yaml", "id: CSP1\ntitle: x\n");
    }

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    private ProjectFile Project(string data)
    {
        _folder.Write("reportgen.yaml", $"title: t\ndata:\n{data}reports: [{{id: a, template: b}}]\n");
        var result = ProjectLoader.Load(_folder.Path);
        Assert.That(result.Problems, Is.Empty);
        return result.Value!;
    }

    private string[] Lines<T>(LoadResult<T> result) => Problems.Lines(result.Problems, _folder.Path);

    [Test]
    public void Rows_come_back_in_file_then_row_order_and_duplicates_across_files_name_both()
    {
        _folder.Write("data/a.csv", "indicator,period,value\nCSP1,2016-10,1\nCSP1,2016-11,2\n");
        _folder.Write("data/b.csv", "period,value,indicator\n2016-12,3,CSP1\n2016-10,9,CSP1\n");
        var result = MeasuresLoader.Load(Project("  - data/a.csv\n  - data/b.csv\n"), ["CSP1"]);
        Assert.That(Lines(result), Is.EqualTo(new[] { "data/b.csv:3:1: CSP1 for 2016-10 is given twice: here and at data/a.csv:2; keep one row" }));
        Assert.That(result.Value!.Select(o => o.Value), Is.EqualTo(new decimal?[] { 1m, 2m, 3m }));
    }

    [Test]
    public void The_encoding_named_in_the_project_file_is_used()
    {
        _folder.Write("data/old.csv", [.. "indicator,period,value,breakdown\nCSP1,2016-10,1,Caf"u8, 0xE9, .. "\n"u8]);
        var result = MeasuresLoader.Load(Project("  - path: data/old.csv\n    encoding: windows-1252\n"), ["CSP1"]);
        Assert.That(Lines(result), Is.Empty);
        Assert.That(result.Value!.Single().Breakdown, Is.EqualTo("Café"));
    }

    [Test]
    public void Unit_checks_need_the_definitions()
    {
        _folder.Write("data/a.csv", "indicator,period,value\nCSP1,2016-10,-1\n");
        var project = Project("  - data/a.csv\n");
        Assert.That(Lines(MeasuresLoader.Load(project, ["CSP1"])), Is.Empty);
        Assert.That(Lines(MeasuresLoader.Load(project, [new IndicatorDefinition("CSP1", "x")])), Is.EqualTo(new[]
        {
            "data/a.csv:2:14: CSP1 counts things, so its value cannot be -1; check the figure (a fall is shown by the figures, not by a negative count)",
        }));
    }
}
