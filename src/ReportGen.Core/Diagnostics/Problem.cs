namespace ReportGen.Core.Diagnostics;

/// <summary>
/// Something wrong with a user's input or a result, as a value: printed one per line as
/// <c>path:line:column: message</c>. Messages say what is wrong and what would be right.
/// </summary>
/// <param name="Severity">Whether the build can go on.</param>
/// <param name="Location">Where the problem is, if it is in a file.</param>
/// <param name="Message">What is wrong, and what would be right.</param>
public sealed record Problem(Severity Severity, SourceLocation? Location, string Message)
{
    /// <summary>An error at <paramref name="location"/>.</summary>
    public static Problem Error(SourceLocation? location, string message) => new(Severity.Error, location, message);

    /// <summary>A warning at <paramref name="location"/>.</summary>
    public static Problem Warning(SourceLocation? location, string message) => new(Severity.Warning, location, message);

    /// <summary>The line printed for the user: <c>path:line:column: warning: message</c> (errors carry no word).</summary>
    public override string ToString()
    {
        var prefix = Location is null ? "reportgen" : Location.ToString();
        return Severity == Severity.Warning ? $"{prefix}: warning: {Message}" : $"{prefix}: {Message}";
    }
}
