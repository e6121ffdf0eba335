using ReportGen.Core.Diagnostics;
using ReportGen.Core.Periods;

namespace ReportGen.Pipeline;

/// <summary>How a build ended; the command line turns it into an exit code.</summary>
/// <param name="Status">Built, or why not.</param>
/// <param name="Problems">Every problem found, errors and warnings, in the order found.</param>
/// <param name="Written">The files written (none unless <see cref="BuildStatus.Built"/>).</param>
/// <param name="Period">The period built, once known.</param>
public sealed record BuildOutcome(BuildStatus Status, IReadOnlyList<Problem> Problems, IReadOnlyList<string> Written, Period? Period)
{
    /// <summary>The edition built (<c>public</c>, <c>restricted</c>), once known.</summary>
    public string? Edition { get; init; }

    /// <summary>How the indicators of the build were rated (all reports'), once calculated.</summary>
    public Core.Results.RagSummary? Ratings { get; init; }

    /// <summary>The edition's protective marking, if it has one of its own.</summary>
    public string? Marking { get; init; }

    /// <summary>The files the build read, once the project file was read (for tests of "each input is read once").</summary>
    internal Ingest.Text.InputLog? Reads { get; init; }
}

/// <summary>Whether a build wrote its outputs.</summary>
public enum BuildStatus
{
    /// <summary>Every output was written (there may be warnings). Exit code 0.</summary>
    Built,

    /// <summary>A data, definition or template problem, or a warning under <c>--strict</c>; nothing written. Exit code 1.</summary>
    Failed,

    /// <summary>The command line asks for something that cannot be (a year with no data); nothing written. Exit code 2.</summary>
    BadRequest,
}
