using System.Text;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// Finds the one date format of <see cref="DatePattern.Candidates"/> that reads a file's first dates, when the project
/// file does not declare one. Day-first and month-first are told apart only by a date whose day is above 12; when no
/// such date comes, or nothing reads the dates, the user is asked to declare the format.
/// </summary>
internal static class DateDetector
{
    /// <summary>How many dates are looked at.</summary>
    public const int SampleSize = 1000;

    /// <summary>The format that reads the most of <paramref name="samples"/> when exactly one does; otherwise <see langword="null"/> with the reason.</summary>
    /// <param name="samples">The first non-blank dates of the file, as UTF-8.</param>
    /// <param name="error">Why no format was chosen: what to write instead.</param>
    public static DatePattern? Detect(IReadOnlyList<byte[]> samples, out string? error)
    {
        if (samples.Count == 0)
        {
            error = null;
            return DatePattern.Candidates[0];
        }

        var scores = DatePattern.Candidates.Select(c => samples.Count(s => c.TryReadMonth(s, out _))).ToArray();
        var best = scores.Max();
        if (best == 0)
        {
            error = $"the dates are in no form ReportGen knows (the first is '{Excerpt.Of(Encoding.UTF8.GetString(samples[0]))}'); declare it with date_format, such as date_format: dd/MM/yyyy";
            return null;
        }

        var tied = DatePattern.Candidates.Where((_, i) => scores[i] == best).ToArray();
        if (tied.Length == 1)
        {
            error = null;
            return tied[0];
        }

        var example = samples.First(s => tied[0].TryReadMonth(s, out _));
        error = $"the dates could be {string.Join(" or ", tied.Select(t => t.Text))} (no day above 12 in {(samples.Count == 1 ? "the first date" : $"the first {samples.Count} dates")}, such as '{Excerpt.Of(Encoding.UTF8.GetString(example))}'); declare the format with date_format, such as date_format: {tied[0].Text}";
        return null;
    }
}
