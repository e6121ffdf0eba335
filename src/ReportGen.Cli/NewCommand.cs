using System.CommandLine;

namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen new DIR [--template NAME]</c>: writes a small, complete project for a built-in template into a new
/// or empty folder (project file, indicator definitions, two years of monthly data, commentary and the registers
/// the template shows), which builds at once with <c>reportgen build</c>. A folder that already holds anything is
/// refused (exit code 2), so that nothing of the user's is ever overwritten.
/// </summary>
internal sealed class NewCommand : Command
{
    /// <summary>The template a new project uses unless <c>--template</c> names another.</summary>
    public const string DefaultTemplate = "corporate-performance";

    private readonly Argument<string> _directory = new("dir")
    {
        Description = "The folder to create the project in: a new folder, or an empty one.",
    };

    private readonly Option<string> _template = new("--template", "-t")
    {
        Description = $"The built-in template the project uses: {string.Join(", ", StarterProjects.Names)}.",
        HelpName = "name",
        DefaultValueFactory = _ => DefaultTemplate,
    };

    public NewCommand()
        : base("new", "Start a project: a working example for a built-in template, with invented data to replace with your own.")
    {
        Arguments.Add(_directory);
        Options.Add(_template);
        SetAction(parsed => Run(parsed.GetValue(_directory)!, parsed.GetValue(_template) ?? DefaultTemplate, parsed.InvocationConfiguration));
    }

    private static int Run(string directory, string template, InvocationConfiguration console)
    {
        if (!StarterProjects.Names.Contains(template, StringComparer.Ordinal))
        {
            console.Error.WriteLine($"reportgen: there is no built-in template '{template}'; the built-in templates are {string.Join(", ", StarterProjects.Names)}");
            return ExitCodes.BadCommandLine;
        }

        if (File.Exists(directory))
        {
            console.Error.WriteLine($"reportgen: '{directory}' is a file; give a new or empty folder for the project");
            return ExitCodes.BadCommandLine;
        }

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            console.Error.WriteLine($"reportgen: '{directory}' is not empty; give a new or empty folder for the project, so that nothing in it is overwritten");
            return ExitCodes.BadCommandLine;
        }

        var files = StarterProjects.Files(template);
        try
        {
            foreach (var (path, content) in files)
            {
                var target = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, content);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"reportgen: the project cannot be written in '{directory}' ({e.Message})");
            return ExitCodes.Failed;
        }

        console.Output.WriteLine($"wrote {Path.Join(directory, "reportgen.yaml")} and {files.Count - 1} more files: a {template} project with invented figures to replace with your own");
        console.Output.WriteLine($"build it with: reportgen build --project {directory}");
        return ExitCodes.Built;
    }
}
