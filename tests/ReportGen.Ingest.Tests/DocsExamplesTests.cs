using System.Text.RegularExpressions;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests;

/// <summary>The examples in docs/project-files.md are read without a problem, so the reference cannot drift from the code.</summary>
public sealed partial class DocsExamplesTests
{
    private static readonly string Docs = File.ReadAllText(Path.Join(RepositoryRoot(), "docs", "project-files.md"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Join(directory.FullName, "ReportGen.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ReportGen.sln not found above the test folder.");
    }

    private static string Block(string language, int index) =>
        Fence().Matches(Docs).Where(m => m.Groups["lang"].Value == language).Select(m => m.Groups["body"].Value).ElementAt(index);

    [Test]
    public void The_project_file_example_is_read_without_a_problem()
    {
        using var folder = new TempFolder();
        foreach (var file in new[] { "data/measures.csv", "data/old-extract.csv", "fonts/Body.ttf", "fonts/Body-Bold.ttf", "indicators/x.yaml", "style/house-style.dotx" })
        {
            folder.Write(file, "x");
        }

        folder.Folder("commentary");
        folder.Write("reportgen.yaml", Block("yaml", 0));
        Assert.That(ProjectLoader.Load(folder.Path).Problems, Is.Empty);
    }

    [Test]
    public void The_indicator_example_is_read_without_a_problem()
    {
        var problems = new ProblemList();
        Assert.That(IndicatorLoader.Parse(Block("yaml", 1), "x.yaml", 4, problems), Has.Count.EqualTo(1));
        Assert.That(problems.All, Is.Empty);
    }

    [Test]
    public void The_bands_example_is_read_without_a_problem()
    {
        var problems = new ProblemList();
        var bands = Block("yaml", 2).Replace("\n  ", "\n", StringComparison.Ordinal).Trim();
        var definition = IndicatorLoader.Parse($"id: X\ntitle: x\n{bands}\n", "x.yaml", 4, problems).Single().Definition;
        Assert.That(problems.All, Is.Empty);
        Assert.That(definition.Rag.Bands, Has.Count.EqualTo(3));
    }

    [TestCase(3, "spc")] // the spc: example, every key
    [TestCase(4, "equality_gap")] // the equality_gap: example
    public void The_indicator_key_examples_are_read_without_a_problem(int index, string key)
    {
        var problems = new ProblemList();
        var block = Block("yaml", index).Replace("\n  ", "\n", StringComparison.Ordinal).Trim();
        Assert.That(block, Does.StartWith(key + ":"));
        var definition = IndicatorLoader.Parse($"id: X\ntitle: x\npolarity: lower\n{block}\n", "x.yaml", 4, problems).Single().Definition;
        Assert.That(problems.All, Is.Empty);
        Assert.That(key == "spc" ? (object?)definition.Spc?.WorseningAlert : definition.Gaps, Is.Not.Null);
    }

    [Test]
    public void The_target_distance_example_is_read_without_a_problem()
    {
        var problems = new ProblemList();
        var block = Block("yaml", 5).Replace("\n  ", "\n", StringComparison.Ordinal).Trim();
        var definition = IndicatorLoader.Parse($"id: X\ntitle: x\n{block}\n", "x.yaml", 4, problems).Single().Definition;
        Assert.That(problems.All, Is.Empty);
        Assert.That(definition.Rag.Method, Is.EqualTo(Core.Indicators.RagMethod.TargetDistance));
    }

    [Test]
    public void The_csv_example_is_read_without_a_problem()
    {
        var (observations, problems) = Measures.MeasuresReading.Read(Block("csv", 0));
        Assert.That(problems, Is.Empty);
        Assert.That(observations, Has.Length.EqualTo(3));
    }

    [GeneratedRegex(@"^ *```(?<lang>[a-z]+)\n(?<body>.*?)^ *```$", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
