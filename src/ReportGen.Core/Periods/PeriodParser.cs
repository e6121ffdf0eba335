using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;

namespace ReportGen.Core.Periods;

/// <summary>
/// Reads the period forms of the data contract: <c>2016-10</c> (a month), <c>2016/17 Q3</c> (a quarter of a
/// financial year) and <c>2016/17</c> (a financial year). Case and spacing are forgiven (<c>2016/17q3</c>).
/// </summary>
public static partial class PeriodParser
{
    /// <summary>What the accepted forms look like, for error messages.</summary>
    public const string ExpectedForms = "2016-10 (a month), 2016/17 Q3 (a quarter) or 2016/17 (a financial year)";

    /// <summary>The earliest year a period may be in: far enough from year 1 that "a year earlier" is always a year.</summary>
    public const int MinYear = 1000;

    /// <summary>The latest year a period may be in: far enough from the calendar's end that "a year later" is always a year.</summary>
    public const int MaxYear = 9000;

    /// <summary>Reads <paramref name="text"/> as a period, or says why it cannot.</summary>
    /// <param name="text">The text of the period.</param>
    /// <param name="startMonth">The first month of the financial year.</param>
    /// <param name="period">The period read.</param>
    /// <param name="error">Why the text is not a period, when it is not.</param>
    public static bool TryParse(string text, int startMonth, out Period period, out string? error)
    {
        period = default;
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            error = $"the period is empty; expected {ExpectedForms}";
            return false;
        }

        var month = MonthForm().Match(trimmed);
        if (month.Success)
        {
            var y = int.Parse(month.Groups["y"].Value, CultureInfo.InvariantCulture);
            var m = int.Parse(month.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12)
            {
                error = $"'{Excerpt.Of(trimmed)}' has month {m}; months run from 01 to 12";
                return false;
            }

            if (y is < MinYear or > MaxYear)
            {
                error = $"'{Excerpt.Of(trimmed)}' has year {y}; periods run from year {MinYear} to {MaxYear}";
                return false;
            }

            period = Period.ForMonth(new YearMonth(y, m), startMonth);
            error = null;
            return true;
        }

        var fy = YearForm().Match(trimmed);
        if (fy.Success)
        {
            if (!TryYear(fy.Groups["y"].Value, fy.Groups["n"].Value, trimmed, startMonth, out var year, out error))
            {
                return false;
            }

            if (fy.Groups["q"].Success)
            {
                var q = int.Parse(fy.Groups["q"].Value, CultureInfo.InvariantCulture);
                if (q is < 1 or > 4)
                {
                    error = $"'{Excerpt.Of(trimmed)}' names quarter {q}; quarters run from Q1 to Q4";
                    return false;
                }

                period = Period.ForQuarter(year, q);
            }
            else
            {
                period = Period.ForYear(year);
            }

            return true;
        }

        error = $"'{Excerpt.Of(trimmed)}' is not a period; expected {ExpectedForms}";
        return false;
    }

    /// <summary>Reads a financial year label such as <c>2016/17</c>, or says why it cannot.</summary>
    /// <param name="text">The label.</param>
    /// <param name="startMonth">The first month of the financial year.</param>
    /// <param name="year">The year read.</param>
    /// <param name="error">Why the text is not a financial year, when it is not.</param>
    public static bool TryParseFinancialYear(string text, int startMonth, out FinancialYear year, out string? error)
    {
        year = default;
        return YearLabel.TryParse(text, out var label, out error) && label!.TryResolve(startMonth, out year, out error);
    }

    private static bool TryYear(string start, string end, string text, int startMonth, out FinancialYear year, out string? error)
    {
        year = default;
        return YearLabel.TryRead(start, end, text, out var label, out error) && label!.TryResolve(startMonth, out year, out error);
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthForm();

    [GeneratedRegex(@"^(?<y>\d{4})(?:\s*/\s*(?<n>\d{2}|\d{4}))?(?:\s*[Qq]\s*(?<q>\d))?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearForm();
}
