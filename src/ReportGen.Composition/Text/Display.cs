using System.Globalization;
using ReportGen.Core;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Composition.Text;

/// <summary>
/// en-GB presentation of figures, periods and words, the only place they are formatted: <c>13,143</c>,
/// <c>28.8%</c>, <c>£4.3m</c>, <c>+4.5%</c>, <c>Quarter 3 (2016/17)</c>, <c>17 January 2017</c>.
/// Rounding is <see cref="Rounding.ForDisplay"/> (half away from zero).
/// </summary>
public static class Display
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>What a missing figure shows.</summary>
    public const string Missing = "n/a";

    /// <summary>A figure in the indicator's unit and decimals: <c>13,143</c>, <c>28.8%</c>, <c>£4.3m</c>, <c>12.5 days</c>.</summary>
    public static string Figure(IndicatorDefinition definition, decimal? value) => Figure(definition, value, definition.Decimals);

    /// <summary>A target (or a range's bound) as <see cref="Figure(IndicatorDefinition, decimal?)"/> shows a figure, but to the definition's <c>target_decimals</c> when it has them.</summary>
    public static string Target(IndicatorDefinition definition, decimal? value) =>
        Figure(definition, value, definition.TargetDecimals ?? definition.Decimals);

    private static string Figure(IndicatorDefinition definition, decimal? value, int decimals)
    {
        if (value is not { } v)
        {
            return Missing;
        }

        return definition.Unit switch
        {
            Unit.Percent => Number(v, decimals) + "%",
            Unit.Days => Number(v, decimals) + (Rounding.ForDisplay(v, decimals) == 1m ? " day" : " days"),
            Unit.Currency => Money(v, decimals, definition.Money),
            _ => Number(v, decimals),
        };
    }

    /// <summary>
    /// A figure as <see cref="Figure(IndicatorDefinition, decimal?)"/> shows it, <c>[c]</c> when disclosure control
    /// suppressed it, or, blank because the data said so, the data's marker as written (<c>Not available</c>, <c>[x]</c>).
    /// </summary>
    public static string Figure(IndicatorDefinition definition, Aggregate figure) =>
        figure.Suppressed ? Core.Disclosure.Confidential.Symbol
        : figure.Value is null && figure.NotAvailable is { } marker ? marker
        : Figure(definition, figure.Value);

    /// <summary>A number with thousands separators: <c>13,143</c>, <c>28.8</c>.</summary>
    public static string Number(decimal value, int decimals) =>
        Rounding.ForDisplay(value, decimals).ToString("N" + decimals.ToString(Culture), Culture);

    /// <summary>Money: <c>£4.3m</c> from a million up, else <c>£12,345</c>.</summary>
    public static string Money(decimal value, int decimals) => Money(value, decimals, MoneyStyle.Auto);

    /// <summary>
    /// Money by <paramref name="style"/>: in millions from a million up (<c>£4.3m</c>, else <c>£12,345</c>), always in
    /// full (<c>£23,771,451.95</c>), or always in millions (<c>£0.4m</c>); millions have at least one decimal.
    /// </summary>
    public static string Money(decimal value, int decimals, MoneyStyle style)
    {
        var sign = value < 0 ? "-" : string.Empty;
        var size = Math.Abs(value);
        var millions = style == MoneyStyle.Millions || (style == MoneyStyle.Auto && size >= 1_000_000m);
        return millions
            ? $"{sign}£{Number(size / 1_000_000m, Math.Max(decimals, 1))}m"
            : $"{sign}£{Number(size, decimals)}";
    }

    /// <summary>A signed percentage change to one decimal place: <c>+4.5%</c>, <c>-2.0%</c>, <c>0.0%</c>.</summary>
    public static string Change(decimal? percent)
    {
        if (percent is not { } p)
        {
            return Missing;
        }

        var rounded = Rounding.ForDisplay(p, 1);
        return (rounded > 0 ? "+" : string.Empty) + Number(rounded, 1) + "%";
    }

    /// <summary>A share of a whole to one decimal place: <c>66.7%</c>.</summary>
    public static string Percent(decimal? percent) => percent is { } p ? Number(p, 1) + "%" : Missing;

    /// <summary>The parts of a rate: <c>17 of 59</c>; empty when the aggregate has none; <c>[c]</c> when it is suppressed.</summary>
    public static string Fraction(Aggregate aggregate) =>
        aggregate.Suppressed ? Core.Disclosure.Confidential.Symbol
        : aggregate.Numerator is { } n && aggregate.Denominator is { } d
            ? $"{Number(n, Scale(n))} of {Number(d, Scale(d))}"
            : string.Empty;

    /// <summary>A tolerance as a reader sees it: <c>±5%</c>, <c>±100</c>, <c>±2pp</c>; empty for none.</summary>
    public static string Tolerance(IndicatorDefinition definition) => definition.Tolerance switch
    {
        null => string.Empty,
        { Kind: ToleranceKind.PercentOfTarget } t => $"±{Number(t.Amount, Scale(t.Amount))}%",
        { Kind: ToleranceKind.PercentagePoints } t => $"±{Number(t.Amount, Scale(t.Amount))}pp",
        { } t => "±" + Figure(definition, t.Amount),
    };

    /// <summary>A band indicator's best range: <c>28.0% to 40.0%</c>, <c>at least 85%</c>, <c>at most 10</c>; empty for none.</summary>
    public static string Range(IndicatorDefinition definition) => definition.Range switch
    {
        { Min: { } min, Max: { } max } => $"{Target(definition, min)} to {Target(definition, max)}",
        { Min: { } min } => "at least " + Target(definition, min),
        { Max: { } max } => "at most " + Target(definition, max),
        _ => string.Empty,
    };

    /// <summary>A rating's word, or "Not rated".</summary>
    public static string Rating(Rag? rag) => rag?.ToString() ?? "Not rated";

    /// <summary>A direction's word, capitalised: "Better", "Worse", "Same"; <see cref="Missing"/> for none.</summary>
    public static string Direction(Direction? direction) => direction?.ToString() ?? Missing;

    /// <summary>A period in words: <c>Quarter 3 (2016/17)</c>, <c>December 2016</c>, <c>2016/17</c>.</summary>
    public static string PeriodLong(Period period) => period.Kind switch
    {
        PeriodKind.Quarter => $"Quarter {period.Index} ({period.Year})",
        PeriodKind.Month => MonthName(period.Span.First),
        _ => period.Year.ToString(),
    };

    /// <summary>A period in short: <c>Q3 2016/17</c>, <c>Dec 2016</c>, <c>2016/17</c>.</summary>
    public static string PeriodShort(Period period) => period.Kind switch
    {
        PeriodKind.Quarter => $"Q{period.Index} {period.Year}",
        PeriodKind.Month => Culture.DateTimeFormat.GetAbbreviatedMonthName(period.Span.First.Month) + " " + period.Span.First.Year.ToString(Culture),
        _ => period.Year.ToString(),
    };

    /// <summary>A month in words: <c>December 2016</c>.</summary>
    public static string MonthName(YearMonth month) =>
        Culture.DateTimeFormat.GetMonthName(month.Month) + " " + month.Year.ToString(Culture);

    /// <summary>A date in words: <c>17 January 2017</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>The first day of a month.</summary>
    public static DateOnly FirstDay(YearMonth month) => new(month.Year, month.Month, 1);

    /// <summary>The last day of a month.</summary>
    public static DateOnly LastDay(YearMonth month) => FirstDay(month).AddMonths(1).AddDays(-1);

    private static int Scale(decimal value) => (value / 1.000000000000000000000000000000000m).Scale;
}
