namespace ReportGen.Cli.Tests;

/// <summary>
/// Whatever is typed, the command line answers in words: an option without its value, or with a bad one, is exit
/// code 2 and one line (never an exception or a crash); <c>reportgen</c> alone and <c>reportgen help</c> show the help.
/// </summary>
public sealed class CommandLineHygieneTests
{
    [TestCase("build", "-e", "-e needs a value (public|restricted); see 'reportgen build --help'")]
    [TestCase("build", "--edition", "--edition needs a value (public|restricted); see 'reportgen build --help'")]
    [TestCase("build", "-q", "-q needs a value (Qn); see 'reportgen build --help'")]
    [TestCase("build", "-m", "-m needs a value (yyyy-mm); see 'reportgen build --help'")]
    [TestCase("build", "-y", "-y needs a value (yyyy/yy); see 'reportgen build --help'")]
    [TestCase("build", "-f", "-f needs a value (list); see 'reportgen build --help'")]
    [TestCase("build", "-o", "-o needs a value (dir); see 'reportgen build --help'")]
    [TestCase("build", "-p", "-p needs a value (dir); see 'reportgen build --help'")]
    [TestCase("validate", "-e", "-e needs a value (public|restricted); see 'reportgen validate --help'")]
    [TestCase("validate", "-f", "-f needs a value (list); see 'reportgen validate --help'")]
    [TestCase("list", "-p", "-p needs a value (dir); see 'reportgen list --help'")]
    [TestCase("init", "-t", "-t needs a value (name); see 'reportgen init --help'")]
    public void An_option_without_its_value_exits_2_with_one_line(string command, string option, string message)
    {
        var (exitCode, output, error) = CommandLine.Run(command, option);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Is.EqualTo($"reportgen: {message}" + Environment.NewLine));
    }

    [Test]
    public void An_option_without_its_value_after_others_is_still_one_line()
    {
        var (exitCode, _, error) = CommandLine.Run("build", "-q", "Q3", "-p", ".", "-e");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Is.EqualTo("reportgen: -e needs a value (public|restricted); see 'reportgen build --help'" + Environment.NewLine));
    }

    [TestCase(new[] { "build", "-e", "secret" }, "--edition 'secret' is not an edition; write public or restricted")]
    [TestCase(new[] { "build", "-q", "Q9" }, "--quarter 'Q9' is not a quarter; write Q1, Q2, Q3 or Q4")]
    [TestCase(new[] { "build", "-m", "Dec" }, "--month 'Dec' is not a month; write YYYY-MM, such as 2016-12")]
    [TestCase(new[] { "build", "-q", "Q3", "-y", "16/17" }, "--year '16/17' is not a financial year")]
    [TestCase(new[] { "build", "-f", "," }, "--format ',' is not a format; use pdf, docx, html, json, csv or xlsx, comma-separated")]
    [TestCase(new[] { "validate", "-e", "secret" }, "--edition 'secret' is not an edition; write public or restricted")]
    [TestCase(new[] { "build", "--strict=maybe" }, "maybe")]
    public void A_bad_value_exits_2_with_its_reason_and_no_stack_trace(string[] args, string message)
    {
        var (exitCode, output, error) = CommandLine.Run(args);
        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(lines[0], Does.StartWith("reportgen: ").And.Contain(message));
        Assert.That(lines[1..], Is.EqualTo(new[] { "reportgen: run 'reportgen --help' for usage" }), "the reason, then where the usage is");
    }

    [TestCase]
    [TestCase("help")]
    [TestCase("--help")]
    public void No_arguments_and_help_show_the_help(params string[] args)
    {
        var (exitCode, output, error) = CommandLine.Run(args);
        var approved = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Approved", "root-help.approved.txt"));

        Assert.That((exitCode, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output.ReplaceLineEndings("\n").TrimEnd(), Is.EqualTo(approved.ReplaceLineEndings("\n").TrimEnd()));
    }

    [TestCase("build")]
    [TestCase("validate")]
    [TestCase("list")]
    [TestCase("new")]
    [TestCase("init")]
    public void Help_with_a_command_shows_that_command_s_help(string command)
    {
        var (exitCode, output, error) = CommandLine.Run("help", command);
        var (_, direct, _) = CommandLine.Run(command, "--help");

        Assert.That((exitCode, error), Is.EqualTo((0, string.Empty)));
        Assert.That(output, Does.Contain($"reportgen {command}"));
        Assert.That(output, Is.EqualTo(direct));
    }
}
