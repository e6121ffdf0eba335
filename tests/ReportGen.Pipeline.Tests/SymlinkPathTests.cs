namespace ReportGen.Pipeline.Tests;

/// <summary>
/// Every input path is followed through its symbolic links (the file's and its folders') and refused, at the
/// project file's line, when it really leads outside the project folder; the refused file is never read, so
/// nothing of it is printed. A link that stays inside the project is fine.
/// </summary>
public sealed class SymlinkPathTests
{
    private const string Secret = "root:x:0:0:a-line-that-must-never-be-printed";

    [Test]
    public void A_data_file_linked_to_a_file_outside_is_refused_at_its_line_and_never_read()
    {
        using var folder = new TempFolder();
        var (project, outside) = Project(folder);
        var measures = Path.Combine(project, "data", "measures.csv");
        File.Delete(measures);
        File.CreateSymbolicLink(measures, Path.Combine(outside, "passwd"));

        var (exit, output, error) = Build(project);

        Assert.That(exit, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain($"{project}/reportgen.yaml:4:5: 'data/measures.csv' leads outside the project folder through a symbolic link; keep the project's files inside its folder"));
        Assert.That(output + error, Does.Not.Contain("root:x").And.Not.Contain("never-be-printed"));
        Assert.That(Directory.Exists(Path.Combine(project, "out")), Is.False, "nothing written");
    }

    [Test]
    public void A_data_folder_that_is_a_link_to_a_folder_outside_is_refused()
    {
        using var folder = new TempFolder();
        var (project, outside) = Project(folder);
        File.Move(Path.Combine(project, "data", "measures.csv"), Path.Combine(outside, "measures.csv"));
        Directory.Delete(Path.Combine(project, "data"));
        Directory.CreateSymbolicLink(Path.Combine(project, "data"), outside);

        var (exit, _, error) = Build(project);

        Assert.That(exit, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain($"{project}/reportgen.yaml:4:5: 'data/measures.csv' leads outside the project folder through a symbolic link"));
    }

    [Test]
    public void Files_linked_out_from_a_listed_folder_and_a_linked_indicators_folder_and_commentary_are_refused()
    {
        using var folder = new TempFolder();
        var (project, outside) = Project(folder);
        var settings = Path.Combine(project, "reportgen.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("  - data/measures.csv", "  - data/", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(project, "data", "more.csv"), Path.Combine(outside, "passwd"));
        var indicators = Path.Combine(outside, "indicators");
        Directory.Move(Path.Combine(project, "indicators"), indicators);
        Directory.CreateSymbolicLink(Path.Combine(project, "indicators"), indicators);
        var commentary = Path.Combine(project, "commentary", "2016-17-Q3.md");
        File.Move(commentary, Path.Combine(outside, "commentary.md"));
        File.CreateSymbolicLink(commentary, Path.Combine(outside, "commentary.md"));

        var (exit, output, error) = Build(project);

        Assert.That(exit, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain($"{project}/reportgen.yaml:4:5: 'data/more.csv' leads outside the project folder through a symbolic link"));
        Assert.That(error, Does.Contain($"{project}/reportgen.yaml:5:13: 'indicators/' leads outside the project folder through a symbolic link"));
        Assert.That(output + error, Does.Not.Contain("root:x"));
    }

    [Test]
    public void A_commentary_file_linked_outside_is_refused_and_not_read()
    {
        using var folder = new TempFolder();
        var (project, outside) = Project(folder);
        var commentary = Path.Combine(project, "commentary", "2016-17-Q3.md");
        File.Delete(commentary);
        File.CreateSymbolicLink(commentary, Path.Combine(outside, "passwd"));

        var (exit, output, error) = Build(project);

        Assert.That(exit, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain($"{project}/commentary/2016-17-Q3.md: this commentary file leads outside the project folder through a symbolic link, so it is not read"));
        Assert.That(output + error, Does.Not.Contain("root:x"));
    }

    [Test]
    public void Links_that_stay_inside_the_project_are_followed()
    {
        using var folder = new TempFolder();
        var (project, _) = Project(folder);
        var store = Path.Combine(project, "store");
        Directory.CreateDirectory(store);
        File.Move(Path.Combine(project, "data", "measures.csv"), Path.Combine(store, "measures.csv"));
        File.CreateSymbolicLink(Path.Combine(project, "data", "measures.csv"), Path.Combine("..", "store", "measures.csv"));

        var (exit, _, error) = Build(project);

        Assert.That(exit, Is.Zero, error);
        Assert.That(File.Exists(Path.Combine(project, "out", "cpr.pdf")), Is.True);
    }

    private static (string Project, string Outside) Project(TempFolder folder)
    {
        var project = Path.Combine(folder.Path, "project");
        BadInputCase.CopyFolder(Path.Combine(BadInputCase.CorpusFolder, "_baseline"), project);
        var outside = Path.Combine(folder.Path, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "passwd"), Secret + "\nbin:x:1:1::/bin:/usr/sbin/nologin\n");
        return (project, outside);
    }

    private static (int ExitCode, string Output, string Error) Build(string project) =>
        CommandLine.Run(["build", "--quarter", "Q3", "--project", project]);
}
