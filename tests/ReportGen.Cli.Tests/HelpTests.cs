namespace ReportGen.Cli.Tests;

/// <summary>
/// The help text is part of the user interface, so it is pinned: if a change alters it, read the new text in the
/// failure message and, if it is right, copy it into <c>Approved/COMMAND-help.approved.txt</c>.
/// </summary>
public sealed class HelpTests
{
    [Test]
    public void Build_help_lists_every_option_with_a_description()
    {
        var (exitCode, output, _) = CommandLine.Run("build", "--help");
        var approved = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Approved", "build-help.approved.txt"));

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ReplaceLineEndings("\n").TrimEnd(), Is.EqualTo(approved.ReplaceLineEndings("\n").TrimEnd()));
    }

    [TestCase("new")]
    [TestCase("validate")]
    [TestCase("list")]
    [TestCase("explain")]
    public void Each_command_s_help_is_pinned(string command)
    {
        var (exitCode, output, _) = CommandLine.Run(command, "--help");
        var approved = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Approved", $"{command}-help.approved.txt"));

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ReplaceLineEndings("\n").TrimEnd(), Is.EqualTo(approved.ReplaceLineEndings("\n").TrimEnd()));
    }
}
