using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest;

/// <summary>
/// What a loader read and every problem it found on the way. When <see cref="HasErrors"/> is set the value is
/// a best effort (what could be read, with defaults for the rest) so that later stages can still report their
/// own problems; it must not be used to build a pack.
/// </summary>
/// <typeparam name="T">What was read.</typeparam>
/// <param name="Value">What was read; <see langword="null"/> when nothing could be (no project file, say).</param>
/// <param name="Problems">Every problem found, in the order found.</param>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<Problem> Problems)
{
    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);
}
