namespace ReportGen.Cli.Tests;

/// <summary>
/// <c>reportgen validate</c> (a build's checks, nothing written) and <c>reportgen list</c> (what a project holds).
/// That validate gives a build's exact problem lines and exit code for every defect is checked over the bad-input
/// corpus (ReportGen.Pipeline.Tests, BadInputCorpusTests).
/// </summary>
public sealed class ValidateAndListTests
{
    private string _work = null!;

    [SetUp]
    public void MakeWorkFolder() => _work = Path.Join(Path.GetTempPath(), "reportgen-validate-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveWorkFolder()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void Validate_checks_a_good_project_says_it_is_valid_and_writes_nothing()
    {
        var project = Path.Join(_work, "p");
        CommandLine.Run("new", project, "--template", "thematic-dashboard");
        var before = Directory.GetFileSystemEntries(project, "*", SearchOption.AllDirectories).Order().ToList();

        var (exitCode, output, error) = CommandLine.Run("validate", "--project", project);

        Assert.That((exitCode, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output, Is.EqualTo("valid 2024/25 Q4 (the latest quarter with data): 0 warnings, edition public; nothing written" + Environment.NewLine));
        Assert.That(Directory.GetFileSystemEntries(project, "*", SearchOption.AllDirectories).Order(), Is.EqualTo(before), "no out/ folder, no file");
    }

    [Test]
    public void Validate_takes_the_period_and_strict_as_build_does()
    {
        var (exitCode, output, error) = CommandLine.Run("validate", "-q", "Q1", "-y", "2021/22", "-p", CommandLine.Sample("mopac"), "--strict");

        Assert.That(exitCode, Is.EqualTo(1), "the sample's warnings fail under --strict");
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.EndWith("reportgen: nothing written: 3 warnings under --strict" + Environment.NewLine));
    }

    [Test]
    public void Validate_has_no_out_option()
    {
        var (exitCode, _, error) = CommandLine.Run("validate", "--out", _work);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("Unrecognized command or argument '--out'"));
    }

    [Test]
    public void List_shows_the_indicators_reports_templates_and_data_periods()
    {
        var (exitCode, output, error) = CommandLine.Run("list", "--project", CommandLine.Sample("havering"));

        Assert.That((exitCode, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output.ReplaceLineEndings("\n"), Is.EqualTo("""
            indicators: 4
              id    goal  method                  title
              CSP1  SAFE  tolerance (ytd)         Total notifiable offences
              CSP2  SAFE  tolerance (ytd)         Repeat domestic violence cases going to the MARAC
              CSP3  SAFE  manual                  Number of anti-social behaviour incidents
              DEM1  SAFE  not rated (contextual)  Domestic violence cases referred to the MARAC
            reports: 1
              id                  template               formats        title
              crime-disorder-cpr  corporate-performance  pdf,docx,json  –
            built-in templates: 3
              name                   description
              corporate-performance  Corporate performance cover report with RAG summary, report detail by goal and Appendix 1 indicator table
              measure-sheets         Policing plan performance measures, a contents page and a sheet per area, protectively marked
              thematic-dashboard     Quarterly thematic dashboard with finance, indicators, RAG tiles, milestones, risks and issues per theme
            data: 2015-04 to 2016-12; quarters with data:
              2015/16: Q1 Q2 Q3 Q4
              2016/17: Q1 Q2 Q3

            """));
    }

    [Test]
    public void List_names_monitored_indicators_as_not_rated()
    {
        var (exitCode, output, _) = CommandLine.Run("list", "-p", CommandLine.Sample("city-of-london"));

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("  ALL    crime    not rated (monitor)"));
        Assert.That(output, Does.Contain("  measures  measure-sheets  pdf,docx,json  Policing Plan Performance Measures 2016-17"));
    }

    [Test]
    public void List_of_a_folder_without_a_project_file_gives_the_templates_then_the_problem_and_exit_1()
    {
        Directory.CreateDirectory(_work);

        var (exitCode, output, error) = CommandLine.Run("list", "-p", _work);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.StartWith("built-in templates: 3"));
        Assert.That(error, Does.Contain("reportgen.yaml"));
        Assert.That(error, Does.EndWith("reportgen: the project cannot be listed: 1 error" + Environment.NewLine));
    }

    [Test]
    public void List_of_a_missing_folder_exits_2()
    {
        var (exitCode, _, error) = CommandLine.Run("list", "-p", Path.Join(_work, "nowhere"));

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("does not exist; give --project the folder holding reportgen.yaml"));
    }
}
