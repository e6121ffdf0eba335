namespace ReportGen.Core.Diagnostics;

/// <summary>Where in a user's file a problem is: a path and, where known, a 1-based line and column.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Line">The 1-based line, if known.</param>
/// <param name="Column">The 1-based column (in characters), if known.</param>
public sealed record SourceLocation(string Path, int? Line = null, int? Column = null)
{
    /// <summary>The compiler form: <c>path:line:column</c>, leaving out what is not known.</summary>
    public override string ToString() =>
        Line is null ? Path : Column is null ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";
}
