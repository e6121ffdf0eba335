using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest;

/// <summary>A register file the project file names under <c>registers:</c> (<c>risks: data/risks.csv</c>).</summary>
/// <param name="Name">The register: <c>risks</c>, <c>issues</c>, <c>milestones</c> or <c>finance</c>.</param>
/// <param name="Path">The file's absolute path.</param>
/// <param name="Location">Where the project file names it.</param>
public sealed record RegisterSource(string Name, string Path, SourceLocation Location)
{
    /// <summary>The registers a project file may name, in the order docs/dashboard-inputs.md lists them; their columns are Composition's.</summary>
    public static IReadOnlyList<string> Names { get; } = ["risks", "issues", "milestones", "finance"];
}
