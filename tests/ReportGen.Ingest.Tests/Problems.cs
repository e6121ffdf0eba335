using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Tests;

/// <summary>Problems as the lines a user sees, with a temp folder's path taken off so tests read as the user would.</summary>
internal static class Problems
{
    public static string[] Lines(IEnumerable<Problem> problems, string? root = null) =>
        problems.Select(p => root is null ? p.ToString() : p.ToString().Replace(root + "/", string.Empty, StringComparison.Ordinal)).ToArray();
}
