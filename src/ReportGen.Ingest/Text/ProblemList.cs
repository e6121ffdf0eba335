using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Text;

/// <summary>The problems a loader collects as it goes: every one, never just the first.</summary>
internal sealed class ProblemList
{
    private readonly List<Problem> _problems = [];

    /// <summary>The problems so far, in the order found.</summary>
    public IReadOnlyList<Problem> All => _problems;

    /// <summary>Whether any problem so far is an error.</summary>
    public bool HasErrors => _problems.Exists(p => p.Severity == Severity.Error);

    public void Error(SourceLocation? location, string message) => _problems.Add(Problem.Error(location, message));

    public void Warning(SourceLocation? location, string message) => _problems.Add(Problem.Warning(location, message));

    public void AddRange(IEnumerable<Problem> problems) => _problems.AddRange(problems);

    public LoadResult<T> Result<T>(T? value) => new(value, _problems.ToArray());
}
