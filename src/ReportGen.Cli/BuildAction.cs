using System.CommandLine;
using ReportGen.Core.Diagnostics;
using ReportGen.Pipeline;

namespace ReportGen.Cli;

/// <summary>
/// Runs a build (or, for <c>reportgen validate</c>, its checks alone) and reports it: problems on standard error, one
/// per line; what was written on standard output. A validation prints the same problems and gives the same exit code
/// as the build would. With <c>--quiet</c>, only the problems are printed.
/// </summary>
internal static class BuildAction
{
    public static int Run(BuildRequest request, InvocationConfiguration console, bool validateOnly = false, bool quiet = false, bool json = false)
    {
        var output = quiet || json ? TextWriter.Null : console.Output;
        BuildOutcome outcome;
        try
        {
            outcome = validateOnly ? ReportBuilder.Validate(request) : ReportBuilder.Build(request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not the user's mistake: one line, no stack trace unless asked for.
            (request.Progress as StageReport)?.Clear();
            console.Error.WriteLine($"reportgen: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("REPORTGEN_DEBUG") is not null)
            {
                console.Error.WriteLine(e);
            }

            return ExitCodes.Failed;
        }

        (request.Progress as StageReport)?.Clear();
        var exitCode = Report(outcome, request, console, output, validateOnly);
        if (json)
        {
            console.Output.WriteLine(BuildSummary.Json(outcome, request, exitCode, validateOnly));
        }

        return exitCode;
    }

    private static int Report(BuildOutcome outcome, BuildRequest request, InvocationConfiguration console, TextWriter output, bool validateOnly)
    {
        foreach (var problem in outcome.Problems)
        {
            console.Error.WriteLine(problem);
        }

        foreach (var file in outcome.Written)
        {
            output.WriteLine($"wrote {file}");
        }

        var errors = outcome.Problems.Count(p => p.Severity == Severity.Error);
        var warnings = outcome.Problems.Count - errors;
        var period = outcome.Period is { } p ? $" {p}{(request.Period.IsLatestQuarter ? " (the latest quarter with data)" : string.Empty)}" : string.Empty;
        switch (outcome.Status)
        {
            case BuildStatus.Built when validateOnly:
                output.WriteLine($"valid{period}: {Plural(warnings, "warning")}, edition {outcome.Edition}; nothing written");
                return ExitCodes.Built;
            case BuildStatus.Built:
                // Which edition was built is always said, so that a restricted pack is never taken for a public one.
                output.WriteLine($"edition: {outcome.Edition}{(outcome.Marking is { } marking ? $", marked {marking}" : ", no marking")}");
                if (outcome.Ratings is { Total: > 0 } ratings)
                {
                    output.WriteLine($"ratings: {ratings.Red} Red, {ratings.Amber} Amber, {ratings.Green} Green, {ratings.None} not rated");
                }

                output.WriteLine($"built{period}: {outcome.Written.Count} files, {Plural(warnings, "warning")}");
                return ExitCodes.Built;
            case BuildStatus.BadRequest:
                console.Error.WriteLine($"reportgen: nothing written: {Plural(errors, "error")}");
                return ExitCodes.BadCommandLine;
            default:
                console.Error.WriteLine(request.Strict && errors == 0
                    ? $"reportgen: nothing written: {Plural(warnings, "warning")} under --strict"
                    : $"reportgen: nothing written: {Plural(errors, "error")}, {Plural(warnings, "warning")}");
                return ExitCodes.Failed;
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
