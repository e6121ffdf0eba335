using ReportGen.Cli;

namespace ReportGen.Pipeline.Tests;

/// <summary>Runs the real <c>reportgen</c> command line in this process, capturing what it prints and its exit code.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output, string Error) Run(IReadOnlyList<string> args, Func<string, string?>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = ReportGenCommand.Run([.. args], output, error, environment ?? (_ => null));
        return (exitCode, output.ToString(), error.ToString());
    }
}
