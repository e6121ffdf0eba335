using ReportGen.Core.Data;
using ReportGen.Core.Indicators;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>A project folder holding data files and a reportgen.yaml whose <c>data:</c> lists them, loaded as the pipeline loads it.</summary>
internal sealed class ExtractProject : IDisposable
{
    private readonly TempFolder _folder = new();

    public ExtractProject()
    {
        _folder.Write("indicators/x.yaml", "id: X\ntitle: x\n");
    }

    public string Root => _folder.Path;

    public ExtractProject File(string relative, string text)
    {
        _folder.Write(relative, text);
        return this;
    }

    public ExtractProject File(string relative, byte[] bytes)
    {
        _folder.Write(relative, bytes);
        return this;
    }

    /// <summary>Writes reportgen.yaml with <paramref name="data"/> as the value of <c>data:</c> (a YAML block, indented by two).</summary>
    public ExtractProject Data(string data)
    {
        _folder.Write("reportgen.yaml", $"title: t\ndata:\n{data.TrimEnd()}\nreports: [{{id: a, template: b}}]\n");
        return this;
    }

    /// <summary>The problems of reading the project file alone.</summary>
    public string[] ProjectProblems() => Problems.Lines(ProjectLoader.Load(Root).Problems, Root);

    /// <summary>The observations of every data file, for indicators <paramref name="ids"/> (counts, so negative figures are errors).</summary>
    public (Observation[] Observations, string[] Problems) Load(params string[] ids)
    {
        var project = ProjectLoader.Load(Root);
        Assert.That(project.Problems, Is.Empty, "the project file itself should be clean");
        var definitions = ids.Select(id => new IndicatorDefinition(id, id) { Unit = Unit.Count }).ToArray();
        var result = MeasuresLoader.Load(project.Value!, definitions);
        return (result.Value?.ToArray() ?? [], Problems.Lines(result.Problems, Root));
    }

    /// <summary>The record counts of the project's record-level entries.</summary>
    public LoadResult<IReadOnlyList<ReportGen.Ingest.Extracts.RecordCountTable>> Count()
    {
        var project = ProjectLoader.Load(Root);
        Assert.That(project.Problems, Is.Empty, "the project file itself should be clean");
        return ReportGen.Ingest.Extracts.RecordCounting.Count(project.Value!);
    }

    public void Dispose() => _folder.Dispose();
}
