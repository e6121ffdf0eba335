using ReportGen.Composition.Templates;

namespace ReportGen.Cli.Tests;

/// <summary><c>reportgen init</c>: a built-in template copied into the project to change, never over the user's own copy.</summary>
public sealed class InitCommandTests
{
    private string _project = null!;

    [SetUp]
    public void CreateProject()
    {
        _project = Path.Join(Path.GetTempPath(), "reportgen-init-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_project);
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_project, recursive: true);

    private string Copy(string name) => Path.Join(_project, "templates", name, "template.yaml");

    [TestCase("thematic-dashboard")]
    [TestCase("measure-sheets")]
    [TestCase("corporate-performance")]
    public void Init_copies_the_built_in_template_with_its_schema_line_pointing_into_the_project_and_says_how_to_use_it(string name)
    {
        var (exit, output, error) = CommandLine.Run("init", "--template", name, "--project", _project);

        Assert.That((exit, error), Is.EqualTo((0, string.Empty)));
        Assert.That(File.ReadAllText(Copy(name)), Is.EqualTo(AsCopied(name)));
        Assert.That(output, Does.Contain($"template: templates/{name}"));
    }

    [Test]
    public void Init_names_the_lines_of_reportgen_yaml_that_use_the_built_in()
    {
        File.WriteAllText(Path.Join(_project, "reportgen.yaml"), "title: T\nreports:\n  - id: a\n    template: measure-sheets\n  - { id: b, template: corporate-performance }\n");

        var (_, output, _) = CommandLine.Run("init", "--template", "measure-sheets", "--project", _project);

        Assert.That(output, Does.Contain($"{Path.Join(_project, "reportgen.yaml")}:4: uses the built-in; write 'template: templates/measure-sheets' there"));
        Assert.That(output, Does.Not.Contain("reportgen.yaml:5:"));
    }

    [Test]
    public void Init_keeps_a_copy_already_there_unless_forced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Copy("measure-sheets"))!);
        File.WriteAllText(Copy("measure-sheets"), "my own");

        var (kept, _, error) = CommandLine.Run("init", "--template", "measure-sheets", "--project", _project);
        Assert.That(kept, Is.EqualTo(1));
        Assert.That(error, Does.Contain("already exists and was left as it is; give --force to replace it"));
        Assert.That(File.ReadAllText(Copy("measure-sheets")), Is.EqualTo("my own"));

        var (forced, _, _) = CommandLine.Run("init", "--template", "measure-sheets", "--project", _project, "--force");
        Assert.That(forced, Is.Zero);
        Assert.That(File.ReadAllText(Copy("measure-sheets")), Is.EqualTo(AsCopied("measure-sheets")));
    }

    [TestCase("--template", "dashboard")] // not a built-in: the names are listed
    [TestCase("--project", "nowhere")] // no --template at all
    public void A_bad_command_line_is_exit_code_2(string option, string value)
    {
        var (exit, _, error) = CommandLine.Run("init", option, value);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("reportgen: "));
        Assert.That(Directory.EnumerateFileSystemEntries(_project), Is.Empty);
    }

    [Test]
    public void Init_help_lists_every_option_with_a_description()
    {
        var (exitCode, output, _) = CommandLine.Run("init", "--help");
        var approved = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Approved", "init-help.approved.txt"));

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ReplaceLineEndings("\n").TrimEnd(), Is.EqualTo(approved.ReplaceLineEndings("\n").TrimEnd()));
    }

    /// <summary>The built-in's text, but for its schema line, which names the schema the copy's project holds (.reportgen/schemas/).</summary>
    private static string AsCopied(string name)
    {
        var text = TemplateLoader.BuiltInText(name)!;
        Assert.That(text, Does.StartWith("# yaml-language-server: $schema=../../schemas/template.schema.json"));
        return text.Replace("$schema=../../schemas/", "$schema=../../.reportgen/schemas/", StringComparison.Ordinal);
    }
}
