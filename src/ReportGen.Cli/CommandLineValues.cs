using System.Globalization;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;

namespace ReportGen.Cli;

/// <summary>Reads the forms of option values; <see langword="null"/> when a value is not of its form.</summary>
internal static class CommandLineValues
{
    private static readonly string[] KnownFormats = ["pdf", "docx", "html", "json", "csv", "xlsx"];

    /// <summary><c>Q3</c>, <c>q3</c> or <c>3</c> → 3.</summary>
    public static int? Quarter(string text)
    {
        var digits = text.Trim().TrimStart('Q', 'q');
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4 && digits.Length == 1
            ? quarter
            : null;
    }

    /// <summary><c>public</c> or <c>restricted</c>, in any case.</summary>
    public static EditionKind? Edition(string text) => text.Trim().ToLowerInvariant() switch
    {
        "public" => EditionKind.Public,
        "restricted" => EditionKind.Restricted,
        _ => null,
    };

    /// <summary><c>2016-12</c> → December 2016.</summary>
    public static YearMonth? Month(string text) =>
        PeriodParser.TryParse(text, FinancialYear.DefaultStartMonth, out var period, out _) && period.Kind == PeriodKind.Month
            ? period.Span.First
            : null;

    /// <summary><c>pdf,docx</c> → {pdf, docx}; <paramref name="unknown"/> names the first value that is not a format.</summary>
    public static IReadOnlySet<string>? Formats(string text, out string? unknown)
    {
        var formats = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var format = part.ToLowerInvariant();
            if (!KnownFormats.Contains(format))
            {
                unknown = part;
                return null;
            }

            formats.Add(format);
        }

        unknown = formats.Count == 0 ? text : null;
        return formats.Count == 0 ? null : formats;
    }

    /// <summary><c>Havering, Redbridge</c> → [Havering, Redbridge]: comma-separated values, trimmed, blanks left out, each once.</summary>
    public static IReadOnlyList<string> List(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The reproducible-builds convention: <c>SOURCE_DATE_EPOCH</c> (seconds since 1970) is the time to record
    /// in outputs; unset or malformed means record none.
    /// </summary>
    public static DateTimeOffset? SourceDateEpoch(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
