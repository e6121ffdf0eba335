namespace ReportGen.Cli;

/// <summary>
/// <c>reportgen validate</c>: every check <c>reportgen build</c> makes, with the same options (but <c>--out</c>), the
/// same problem lines and the same exit codes, and nothing written: for checking a project before a scheduled build.
/// </summary>
internal sealed class ValidateCommand : BuildCommand
{
    public ValidateCommand(Func<string, string?> environment)
        : base("validate", "Check the project as a build would (data, definitions, templates, the period), and write nothing.", environment, validateOnly: true)
    {
    }
}
