namespace ReportGen.Cli.Tests;

/// <summary>Runs the command line as a user would, capturing what it prints and its exit code.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(args, _ => null);

    public static (int ExitCode, string Output, string Error) Run(string[] args, Func<string, string?> environment)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ReportGenCommand.Run(args, output, error, environment);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string Sample(string name)
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReportGen.sln")))
            {
                return Path.Combine(folder.FullName, "samples", name);
            }
        }

        throw new InvalidOperationException("ReportGen.sln not found above the test folder.");
    }
}
