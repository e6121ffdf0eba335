using System.CommandLine;

namespace ReportGen.Cli;

/// <summary>The root command and its subcommands, and running them with given output writers (for tests).</summary>
internal static class ReportGenCommand
{
    public static RootCommand Create(Func<string, string?> environment)
    {
        var root = new RootCommand("ReportGen: committee-ready performance packs (PDF, Word, results JSON) from CSV extracts and YAML indicator definitions.")
        {
            HelpName = "reportgen",
        };
        root.Subcommands.Add(new BuildCommand(environment));
        root.Subcommands.Add(new ValidateCommand(environment));
        root.Subcommands.Add(new InitCommand());
        root.Subcommands.Add(new NewCommand());
        root.Subcommands.Add(new ListCommand());
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a malformed command line prints its errors and gives exit code 2.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        var root = Create(environment);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"reportgen: {parseError.Message}");
            }

            error.WriteLine("reportgen: run 'reportgen --help' for usage");
            return ExitCodes.BadCommandLine;
        }

        return parsed.Invoke(configuration);
    }
}
