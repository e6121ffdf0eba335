namespace ReportGen.Core.Diagnostics;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum Severity
{
    /// <summary>The build goes on; the user should know (an error under <c>--strict</c>).</summary>
    Warning,

    /// <summary>The build cannot give a right pack.</summary>
    Error,
}
