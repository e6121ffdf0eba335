using System.Globalization;
using ReportGen.Composition.Text;
using ReportGen.Core.Periods;

namespace ReportGen.Composition.Charts;

/// <summary>How charts name periods: short along an axis (<c>Apr</c>, <c>Apr 2016</c>, <c>Q1</c>), in full in alternative text.</summary>
internal static class PeriodLabels
{
    private static readonly DateTimeFormatInfo Names = CultureInfo.InvariantCulture.DateTimeFormat;

    /// <summary>The label within a year: <c>Apr</c> for a month, <c>Q1</c> for a quarter.</summary>
    public static string WithinYear(Period period) => period.Kind switch
    {
        PeriodKind.Month => Names.GetAbbreviatedMonthName(period.Span.First.Month),
        PeriodKind.Quarter => "Q" + period.Index.ToString(CultureInfo.InvariantCulture),
        _ => period.Year.ToString(),
    };

    /// <summary>The label of a period in a run over years: <c>Apr 2016</c>, <c>Q1 2016/17</c>, <c>2016/17</c>.</summary>
    public static string Short(Period period) => Display.PeriodShort(period);

    /// <summary>The period in words: <c>April 2016</c>, <c>Quarter 1 (2016/17)</c>.</summary>
    public static string Long(Period period) => Display.PeriodLong(period);

    /// <summary>The periods' granularity as an adjective: <c>Monthly</c>, <c>Quarterly</c>, <c>Yearly</c>.</summary>
    public static string Adjective(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "Monthly",
        PeriodKind.Quarter => "Quarterly",
        _ => "Yearly",
    };

    /// <summary>The periods' granularity after "by": <c>month</c>, <c>quarter</c>, <c>year</c>.</summary>
    public static string Noun(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "month",
        PeriodKind.Quarter => "quarter",
        _ => "year",
    };

    /// <summary>The periods of <paramref name="year"/> at <paramref name="kind"/>: its 12 months or 4 quarters.</summary>
    public static IReadOnlyList<Period> Of(FinancialYear year, PeriodKind kind) => kind switch
    {
        PeriodKind.Month => [.. Enumerable.Range(1, 12).Select(i => Period.ForMonth(year.MonthAt(i), year.StartMonth))],
        PeriodKind.Quarter => [.. Enumerable.Range(1, 4).Select(q => Period.ForQuarter(year, q))],
        _ => [Period.ForYear(year)],
    };

    /// <summary>
    /// A title as it reads inside a sentence: the first letter lower-cased when the title is written in sentence case
    /// ("Total notifiable offences" → "total notifiable offences"); left as written when the first word is an acronym
    /// ("ASB incidents") or the title is a name in title case ("All Crime", "Violence with Injury"), which would
    /// otherwise read "all Crime".
    /// </summary>
    public static string InSentence(string title) =>
        title.Length >= 2 && char.IsUpper(title[0]) && char.IsLower(title[1]) && !IsTitleCase(title)
            ? char.ToLowerInvariant(title[0]) + title[1..]
            : title;

    // Every word of two or more starts with a capital (or a digit or sign), the small words of a name aside.
    private static bool IsTitleCase(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w => MinorWords.Contains(w) || !char.IsLower(w[0]));
    }

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "per", "the", "to", "with", "&",
    };
}
