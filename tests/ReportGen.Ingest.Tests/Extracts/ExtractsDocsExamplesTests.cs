using System.Text.RegularExpressions;

namespace ReportGen.Ingest.Tests.Extracts;

/// <summary>The examples in docs/extracts.md are read as the page says, so the page cannot drift from the code.</summary>
public sealed partial class ExtractsDocsExamplesTests
{
    private static readonly string Docs = File.ReadAllText(Path.Join(RepositoryRoot(), "docs", "extracts.md"));

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
    public void The_data_example_reads_without_a_problem_and_counts_the_example_records()
    {
        var csv = Block("csv", 1).Replace("CR0000001,01/04/2015 02:13,Redbridge,Theft of a Motor Vehicle", "CR0000001,01/04/2015 02:13,Redbridge,Shoplifting", StringComparison.Ordinal);
        using var project = new ExtractProject()
            .File("data/measures.csv", "indicator,period,value\nX,2016-04,1\n")
            .File("data/asb-monthly.csv", Block("csv", 0))
            .File("data/crimes.csv", csv);
        project.File("reportgen.yaml", $"title: t\n{Block("yaml", 0)}reports: [{{id: a, template: b}}]\n");
        var (observations, problems) = project.Load("X", "ASB", "ALL", "VBV", "HOM", "VWI", "VWO", "RAPE", "OSO", "ACQ");
        Assert.That(problems, Is.Empty);
        Assert.That(observations.Count(o => o.IndicatorId == "ASB"), Is.EqualTo(21), "twelve months of 2015/16 and nine of 2016/17; the blanks are no value");
        Assert.That(observations.Single(o => o.IndicatorId == "ALL" && o.Breakdown is null).Value, Is.EqualTo(2), "a shoplifting and a violence with injury in April 2015");
        Assert.That(observations.Single(o => o.IndicatorId == "VBV" && o.Breakdown == "Havering").Value, Is.EqualTo(1));
    }

    [GeneratedRegex(@"^ *```(?<lang>[a-z]+)\n(?<body>.*?)^ *```$", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
