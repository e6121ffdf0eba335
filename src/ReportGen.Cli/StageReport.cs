using System.Diagnostics;
using System.Globalization;

namespace ReportGen.Cli;

/// <summary>
/// What a build says of its stages as it goes, on standard error: with <c>--verbose</c>, a line per stage with the
/// time taken so far (<c>reportgen: [0.4 s] calculating the figures</c>), for logs; otherwise, when standard error is
/// a terminal, one line rewritten in place and cleared at the end, so that a long build is never silent; otherwise
/// (a scheduled job's log, <c>--quiet</c>, <c>--json</c>) nothing. No colour is used, so <c>NO_COLOR</c> has nothing
/// to turn off.
/// </summary>
internal sealed class StageReport : IProgress<string>
{
    private readonly TextWriter _error;
    private readonly bool _verbose;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _shown;

    private StageReport(TextWriter error, bool verbose)
    {
        _error = error;
        _verbose = verbose;
    }

    /// <summary>The report for a build with these options; <see langword="null"/> when nothing is to be said.</summary>
    public static IProgress<string>? For(TextWriter error, bool verbose, bool silent)
    {
        if (verbose)
        {
            return new StageReport(error, verbose: true);
        }

        // Only the real console's standard error, and only when it is a terminal: never a log, a pipe or a test's writer.
        return silent || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected ? null : new StageReport(error, verbose: false);
    }

    /// <inheritdoc/>
    public void Report(string value)
    {
        var seconds = _clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (_verbose)
        {
            _error.WriteLine($"reportgen: [{seconds} s] {value}");
            return;
        }

        // One line on the terminal, rewritten: the new text, padded over what was there.
        var line = $"reportgen: {value}…";
        _error.Write("\r" + line.PadRight(_shown));
        _shown = line.Length;
    }

    /// <summary>Clears the terminal's progress line, before the build's problems and closing lines are printed.</summary>
    public void Clear()
    {
        if (_shown > 0)
        {
            _error.Write("\r" + new string(' ', _shown) + "\r");
            _shown = 0;
        }
    }
}
