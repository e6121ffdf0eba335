using ReportGen.Core.Periods;
using ReportGen.Pipeline;

namespace ReportGen.Rendering.Html.Tests.Packs;

/// <summary>
/// The built-in packs (the samples of the README: Havering, City of London, MOPAC) and the Maidstone sample (a project's
/// own template), each built once per test run in
/// PDF and HTML from a copy of its sample with <c>html</c> added to its report's formats.
/// </summary>
internal static class BuiltPacks
{
    private static readonly Lazy<IReadOnlyDictionary<string, BuiltPack>> Built = new(BuildAll);

    /// <summary>The packs' names, for test cases.</summary>
    public static IEnumerable<string> Names { get; } = ["havering", "city-of-london", "mopac", "maidstone"];

    /// <summary>Where the packs are built; removed by <see cref="PackCleanUp"/>.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "reportgen-tests", "html-" + Guid.NewGuid().ToString("N"));

    /// <summary>The pack <paramref name="name"/>, built.</summary>
    public static BuiltPack Get(string name) => Built.Value[name];

    private static IReadOnlyDictionary<string, BuiltPack> BuildAll() => new Dictionary<string, BuiltPack>(StringComparer.Ordinal)
    {
        ["havering"] = Build("havering", "crime-disorder-cpr", PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17"))),
        ["city-of-london"] = Build("city-of-london", "measures", PeriodRequest.ForQuarter(3, YearLabel.Parse("2016/17"))),
        ["mopac"] = Build("mopac", "dashboard", PeriodRequest.ForQuarter(1, YearLabel.Parse("2021/22"))),
        ["maidstone"] = Build("maidstone", "spi-kpi-appendix", PeriodRequest.ForQuarter(3, YearLabel.Parse("2020/21"))),
    };

    private static BuiltPack Build(string sample, string report, PeriodRequest period)
    {
        var project = CopyOf(sample);
        var file = Path.Combine(project, "reportgen.yaml");
        var text = File.ReadAllText(file);
        Assert.That(text, Does.Contain("formats: [pdf, docx, json]"), $"the {sample} sample's formats");
        File.WriteAllText(file, text.Replace("formats: [pdf, docx, json]", "formats: [pdf, docx, html, json]", StringComparison.Ordinal));
        var output = Path.Combine(Folder, sample + "-out");
        var outcome = ReportBuilder.Build(new BuildRequest { ProjectDirectory = project, Period = period, OutputDirectory = output, Formats = new HashSet<string> { "pdf", "html" } });
        Assert.That(outcome.Status, Is.EqualTo(BuildStatus.Built), string.Join("\n", outcome.Problems));
        return new BuiltPack(sample, Path.Combine(output, report + ".html"), Path.Combine(output, report + ".pdf"));
    }

    private static string CopyOf(string sample)
    {
        var source = Path.Combine(RepositoryRoot(), "samples", sample);
        var target = Path.Combine(Folder, sample);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("out", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReportGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (holding ReportGen.sln) was not found above the test folder.");
    }
}
