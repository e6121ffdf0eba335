using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Periods;

/// <summary>
/// A financial year as a user writes it, before the project's first month is known: <c>2016/17</c> (a year that
/// spans two calendar years) or <c>2016</c> (a calendar year, for a project whose year starts in January).
/// <see cref="TryResolve"/> turns it into a <see cref="FinancialYear"/> once the start month is known.
/// </summary>
public sealed partial record YearLabel
{
    private YearLabel(int startYear, bool spansTwoYears, string text)
    {
        StartYear = startYear;
        SpansTwoYears = spansTwoYears;
        Text = text;
    }

    /// <summary>The calendar year in which the year starts (2016 for <c>2016/17</c>).</summary>
    public int StartYear { get; }

    /// <summary>Whether it was written as two years (<c>2016/17</c>) rather than one (<c>2016</c>).</summary>
    public bool SpansTwoYears { get; }

    /// <summary>The label as written, trimmed.</summary>
    public string Text { get; }

    /// <summary>Reads a label such as <c>2016/17</c>, <c>2016/2017</c> or <c>2016</c>, or says why it is not one.</summary>
    public static bool TryParse(string text, out YearLabel? label, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var match = YearOnlyForm().Match(trimmed);
        label = null;
        if (!match.Success)
        {
            error = $"'{Excerpt.Of(trimmed)}' is not a financial year; expected the form 2016/17";
            return false;
        }

        return TryRead(match.Groups["y"].Value, match.Groups["n"].Value, trimmed, out label, out error);
    }

    /// <summary>Reads a label the caller knows to be well formed (tests, examples); throws otherwise.</summary>
    public static YearLabel Parse(string text) =>
        TryParse(text, out var label, out var error) ? label! : throw new FormatException(error);

    /// <summary>
    /// The financial year this label names when years start in <paramref name="startMonth"/>, or why it names none:
    /// a year that starts in January is written <c>2016</c>; any other, <c>2016/17</c>.
    /// </summary>
    public bool TryResolve(int startMonth, out FinancialYear year, out string? error)
    {
        year = default;
        if (SpansTwoYears && startMonth == 1)
        {
            error = $"'{Excerpt.Of(Text)}' spans two years, but the financial year starts in January; write {StartYear}";
            return false;
        }

        if (!SpansTwoYears && startMonth != 1)
        {
            error = $"'{Excerpt.Of(Text)}' is a calendar year; financial years are written {new FinancialYear(StartYear, startMonth)}";
            return false;
        }

        year = new FinancialYear(StartYear, startMonth);
        error = null;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>Reads the digits of <c>2016/17</c> (<paramref name="start"/> 2016, <paramref name="end"/> 17; empty for <c>2016</c>).</summary>
    internal static bool TryRead(string start, string end, string text, out YearLabel? label, out string? error)
    {
        label = null;
        var y = int.Parse(start, CultureInfo.InvariantCulture);
        if (y is < PeriodParser.MinYear or > PeriodParser.MaxYear)
        {
            error = $"'{Excerpt.Of(text)}' starts in year {y}; financial years run from {PeriodParser.MinYear} to {PeriodParser.MaxYear}";
            return false;
        }

        if (end.Length > 0)
        {
            var n = int.Parse(end, CultureInfo.InvariantCulture);
            var expected = end.Length == 2 ? (y + 1) % 100 : y + 1;
            if (n != expected)
            {
                error = $"'{Excerpt.Of(text)}' is not a financial year: {y} is followed by {(y + 1) % 100:D2}, as in {new FinancialYear(y)}";
                return false;
            }
        }

        label = new YearLabel(y, end.Length > 0, text);
        error = null;
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:\s*/\s*(?<n>\d{2}|\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnlyForm();
}
