namespace ReportGen.Cli;

/// <summary>The contract's exit codes (section 5).</summary>
internal static class ExitCodes
{
    /// <summary>Built (warnings printed).</summary>
    public const int Built = 0;

    /// <summary>A data, definition or template problem, or any warning under <c>--strict</c>.</summary>
    public const int Failed = 1;

    /// <summary>A bad command line.</summary>
    public const int BadCommandLine = 2;
}
