using System.Text.Json;
using ReportGen.Composition.Templates;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen new</c>: a working project for each built-in template, never written over anything.</summary>
public sealed class NewCommandTests
{
    private string _work = null!;

    [SetUp]
    public void MakeWorkFolder() => _work = Path.Join(Path.GetTempPath(), "reportgen-new-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveWorkFolder()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void Every_built_in_template_has_a_starter_project() =>
        Assert.That(StarterProjects.Names, Is.EquivalentTo(TemplateLoader.BuiltInNames));

    [TestCase("corporate-performance", "corporate-performance.pdf", "Corporate Performance Report: Quarter 4 (2024/25)")]
    [TestCase("thematic-dashboard", "dashboard.pdf", "Quarterly Performance Dashboard: Quarter 4 (2024/25)")]
    [TestCase("measure-sheets", "measures.pdf", "Performance Measures")]
    public void A_new_project_builds_at_once_without_warnings(string template, string pdf, string title)
    {
        var project = Path.Join(_work, "p");

        var (newExit, newOutput, newError) = CommandLine.Run("new", project, "--template", template);
        var (exit, output, error) = CommandLine.Run("build", "--project", project);

        Assert.That((newExit, newError), Is.EqualTo((0, string.Empty)));
        Assert.That(newOutput, Does.Contain($"build it with: reportgen build --project {project}"));
        Assert.That(File.ReadAllText(Path.Join(project, "reportgen.yaml")), Does.Contain($"template: {template}"));
        Assert.That((exit, error), Is.EqualTo((0, string.Empty)), "built with no problem at all, not even a warning");
        Assert.That(output, Does.EndWith("built 2024/25 Q4 (the latest quarter with data): 4 files, 0 warnings" + Environment.NewLine));
        var outputs = Path.Join(project, "out");
        Assert.That(Directory.GetFiles(outputs).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { pdf, Path.ChangeExtension(pdf, ".docx"), "manifest.json", "results.json" }.Order()));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(Path.Join(outputs, pdf)))
        {
            Assert.That(document.NumberOfPages, Is.GreaterThan(1));
            Assert.That(string.Join(" ", document.GetPages().Select(p => p.Text)), Does.Contain(title));
        }

        using var results = JsonDocument.Parse(File.ReadAllBytes(Path.Join(outputs, "results.json")));
        var indicators = results.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.That(indicators, Has.Count.GreaterThanOrEqualTo(4), "a handful of indicators, each with data");
    }

    [Test]
    public void The_default_template_is_the_corporate_performance_report()
    {
        var project = Path.Join(_work, "p");

        var (exit, _, error) = CommandLine.Run("new", project);

        Assert.That((exit, error), Is.EqualTo((0, string.Empty)));
        Assert.That(File.ReadAllText(Path.Join(project, "reportgen.yaml")), Does.Contain("template: corporate-performance"));
    }

    [Test]
    public void An_empty_folder_is_used()
    {
        Directory.CreateDirectory(_work);

        var (exit, _, error) = CommandLine.Run("new", _work, "-t", "measure-sheets");

        Assert.That((exit, error), Is.EqualTo((0, string.Empty)));
        Assert.That(File.Exists(Path.Join(_work, "reportgen.yaml")));
    }

    [Test]
    public void A_folder_that_is_not_empty_is_refused_with_exit_2_and_left_as_it_was()
    {
        Directory.CreateDirectory(_work);
        File.WriteAllText(Path.Join(_work, "notes.txt"), "mine");

        var (exit, output, error) = CommandLine.Run("new", _work);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo($"reportgen: '{_work}' is not empty; give a new or empty folder for the project, so that nothing in it is overwritten" + Environment.NewLine));
        Assert.That(Directory.GetFileSystemEntries(_work).Select(Path.GetFileName), Is.EqualTo(new[] { "notes.txt" }));
    }

    [Test]
    public void A_file_in_the_folder_s_place_is_refused_with_exit_2()
    {
        Directory.CreateDirectory(_work);
        var file = Path.Join(_work, "p");
        File.WriteAllText(file, "mine");

        var (exit, _, error) = CommandLine.Run("new", file);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo($"reportgen: '{file}' is a file; give a new or empty folder for the project" + Environment.NewLine));
        Assert.That(File.ReadAllText(file), Is.EqualTo("mine"));
    }

    [Test]
    public void An_unknown_template_exits_2_naming_the_built_in_ones()
    {
        var (exit, _, error) = CommandLine.Run("new", _work, "--template", "dashboard");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("there is no built-in template 'dashboard'; the built-in templates are corporate-performance, measure-sheets, thematic-dashboard"));
        Assert.That(Directory.Exists(_work), Is.False, "nothing written");
    }

    [Test]
    public void A_missing_folder_argument_exits_2()
    {
        var (exit, _, error) = CommandLine.Run("new");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("reportgen: "));
    }
}
