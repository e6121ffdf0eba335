namespace ReportGen.Pipeline.Tests;

/// <summary>
/// The bad-input corpus (<c>BadInput/README.md</c>): each case is a small project with one defect, built through the
/// real command line. It must give exactly the exit code and the lines of its <c>expected.txt</c> (one per problem,
/// naming path:line:column), no stack trace, nothing on standard output, and leave its folder byte for byte as it
/// was, including the outputs of a previous build. Adding a case is adding a folder.
/// </summary>
public sealed class BadInputCorpusTests
{
    private static readonly (string Name, string Text)[] PreviousOutputs =
    [
        ("cpr.pdf", "%PDF-1.7 last month's good pack"),
        ("cpr.docx", "last month's good Word file"),
        ("results.json", "{\"period\": \"Q2\"}"),
        ("sentinel.txt", "left by a previous build"),
    ];

    public static IEnumerable<TestCaseData> Cases() =>
        BadInputCase.Names().Select(name => new TestCaseData(name).SetName($"Bad input {name}"));

    [TestCaseSource(nameof(Cases))]
    public void A_defect_gives_its_exact_problem_lines_and_writes_nothing(string name)
    {
        var badCase = BadInputCase.Read(name);
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        badCase.CopyProjectTo(project);
        Directory.CreateDirectory(Path.Combine(project, "out"));
        foreach (var (file, text) in PreviousOutputs)
        {
            File.WriteAllText(Path.Combine(project, "out", file), text);
        }

        var before = FolderSnapshot.Of(folder.Path);
        var args = badCase.Args.Select(a => a.Replace(BadInputCase.ProjectToken, project, StringComparison.Ordinal)).ToList();

        var (exitCode, output, error) = CommandLine.Run(args);

        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')
            .Select(line => line.Replace(project, BadInputCase.ProjectToken, StringComparison.Ordinal))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(badCase.ErrorLines), "standard error, line by line");
            Assert.That(exitCode, Is.EqualTo(badCase.ExitCode), "the contract's exit code");
            Assert.That(output, Is.Empty, "nothing said to be written");
            Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("internal error").And.Not.Contain("Exception"), "no stack trace");
            Assert.That(FolderSnapshot.Of(folder.Path).ChangesSince(before), Is.Empty, "the project and its previous outputs are as they were");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_finds_the_same_problems_with_the_same_exit_code_and_writes_nothing(string name)
    {
        var badCase = BadInputCase.Read(name);
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        badCase.CopyProjectTo(project);
        var before = FolderSnapshot.Of(folder.Path);
        var args = badCase.Args.Select(a => a.Replace(BadInputCase.ProjectToken, project, StringComparison.Ordinal)).ToList();
        Assert.That(args[0], Is.EqualTo("build"));
        args[0] = "validate";

        var (exitCode, output, error) = CommandLine.Run(args);

        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')
            .Select(line => line.Replace(project, BadInputCase.ProjectToken, StringComparison.Ordinal))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(badCase.ErrorLines), "the lines a build prints");
            Assert.That(exitCode, Is.EqualTo(badCase.ExitCode), "the exit code a build gives");
            Assert.That(output, Is.Empty);
            Assert.That(FolderSnapshot.Of(folder.Path).ChangesSince(before), Is.Empty, "nothing written");
        });
    }

    [Test]
    public void The_corpus_covers_at_least_40_defects()
    {
        Assert.That(BadInputCase.Names(), Has.Count.GreaterThanOrEqualTo(40));
    }

    [Test]
    public void The_baseline_every_case_is_made_from_builds_without_a_problem()
    {
        // Were the baseline itself wrong, a case's lines could come from it rather than from the case's one defect.
        using var folder = new TempFolder();
        var project = Path.Combine(folder.Path, "project");
        BadInputCase.CopyFolder(BadInputCase.Baseline, project);

        var (exitCode, output, error) = CommandLine.Run(["build", "--quarter", "Q3", "--project", project]);

        Assert.That(error, Is.Empty);
        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("built 2016/17 Q3"));
    }
}
