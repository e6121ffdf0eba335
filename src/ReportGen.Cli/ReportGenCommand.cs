using System.CommandLine;
using System.CommandLine.Parsing;

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
        root.Subcommands.Add(new NewCommand());
        root.Subcommands.Add(new BuildCommand(environment));
        root.Subcommands.Add(new ValidateCommand(environment));
        root.Subcommands.Add(new ListCommand());
        root.Subcommands.Add(new ExplainCommand());
        root.Subcommands.Add(new InitCommand());
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>; a malformed command line prints its errors, one line each, and gives
    /// exit code 2. No arguments, <c>help</c> and <c>help COMMAND</c> show the help (exit code 0).
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<string, string?> environment)
    {
        args = args switch
        {
            [] or ["help"] => ["--help"],
            ["help", .. var command] => [.. command, "--help"],
            _ => args,
        };
        var root = Create(environment);
        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            // An option without its value is said once, in words; what else the parser found follows from it.
            var missing = parsed.Errors.Where(e => MissingValue(e) is not null).ToList();
            foreach (var parseError in missing.Count > 0 ? missing : parsed.Errors)
            {
                error.WriteLine($"reportgen: {MissingValue(parseError) ?? parseError.Message}");
            }

            if (missing.Count == 0)
            {
                error.WriteLine("reportgen: run 'reportgen --help' for usage");
            }

            return ExitCodes.BadCommandLine;
        }

        try
        {
            return parsed.Invoke(configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not the user's mistake: one line, no stack trace unless asked for.
            error.WriteLine($"reportgen: internal error: {e.GetType().Name}: {e.Message}");
            if (environment("REPORTGEN_DEBUG") is not null)
            {
                error.WriteLine(e);
            }

            return ExitCodes.Failed;
        }
    }

    /// <summary>"-e needs a value (public|restricted); see 'reportgen build --help'" when the error is an option given without its value.</summary>
    private static string? MissingValue(ParseError parseError)
    {
        var option = parseError.SymbolResult switch
        {
            OptionResult result => result,
            ArgumentResult { Parent: OptionResult result } => result,
            _ => null,
        };
        if (option is not { Implicit: false, Tokens.Count: 0 } || option.Option.Arity.MinimumNumberOfValues == 0)
        {
            return null;
        }

        var name = option.IdentifierToken?.Value ?? option.Option.Name;
        var form = option.Option.HelpName is { } help ? $" ({help})" : string.Empty;
        var command = option.Parent is CommandResult { Command: { } owner } && owner is not RootCommand ? $"reportgen {owner.Name}" : "reportgen";
        return $"{name} needs a value{form}; see '{command} --help'";
    }
}
