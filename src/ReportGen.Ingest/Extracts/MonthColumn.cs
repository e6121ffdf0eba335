using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Periods;

namespace ReportGen.Ingest.Extracts;

/// <summary>
/// A wide table's month column, read from its header: a month name alone (<c>Apr</c>, <c>SEPT</c>, <c>April</c>), whose
/// year the row's year column gives, or a dated month (<c>2016-04</c>, <c>Apr 2016</c>, <c>Apr-16</c>).
/// </summary>
/// <param name="Index">The column's field index.</param>
/// <param name="MonthOfYear">The calendar month, 1 to 12.</param>
/// <param name="Dated">The month with its year, for a dated header.</param>
internal sealed partial record MonthColumn(int Index, int MonthOfYear, YearMonth? Dated)
{
    /// <summary>The month column <paramref name="name"/> heads, or <see langword="null"/> when it heads none.</summary>
    public static MonthColumn? TryRead(int index, string name)
    {
        var text = name.Trim();
        if (MonthNames.Match(text) is > 0 and var alone)
        {
            return new MonthColumn(index, alone, null);
        }

        var iso = Iso().Match(text);
        if (iso.Success)
        {
            var month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 && year is >= 1 and <= 9998 ? new MonthColumn(index, month, new YearMonth(year, month)) : null;
        }

        var named = Named().Match(text);
        if (named.Success && MonthNames.Match(named.Groups["name"].Value) is > 0 and var m)
        {
            var y = int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture);
            var year = named.Groups["y"].Value.Length == 2 ? 2000 + y : y;
            return year is >= 1 and <= 9998 ? new MonthColumn(index, m, new YearMonth(year, m)) : null;
        }

        return null;
    }

    /// <summary>The month this column holds in a row of financial year <paramref name="year"/> (for a month name alone).</summary>
    public YearMonth In(FinancialYear year) => Dated ?? year.MonthAt(((MonthOfYear - year.StartMonth + 12) % 12) + 1);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<name>[A-Za-z]{3,9})[ \-]?(?<y>\d{4}|\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
