using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>Small readable builders for periods, rows and definitions.</summary>
internal static class Data
{
    public static Period P(string text, int startMonth = FinancialYear.DefaultStartMonth) =>
        PeriodParser.TryParse(text, startMonth, out var period, out var error)
            ? period
            : throw new ArgumentException(error, nameof(text));

    public static FinancialYear Fy(int startYear, int startMonth = FinancialYear.DefaultStartMonth) => new(startYear, startMonth);

    public static Observation Row(
        string period,
        decimal? value = null,
        string id = "X",
        string? breakdown = null,
        decimal? num = null,
        decimal? den = null,
        decimal? target = null,
        Rag? rating = null,
        int startMonth = FinancialYear.DefaultStartMonth) =>
        new(id, P(period, startMonth), breakdown, value, num, den, target, rating);

    /// <summary>One row per month from <paramref name="firstMonth"/>, with the given values in turn.</summary>
    public static IEnumerable<Observation> Months(string firstMonth, params decimal[] values) =>
        MonthsOf("X", firstMonth, null, values);

    public static IEnumerable<Observation> MonthsOf(string id, string firstMonth, string? breakdown, params decimal[] values)
    {
        var month = P(firstMonth).Span.First;
        foreach (var value in values)
        {
            yield return new Observation(id, Period.ForMonth(month), breakdown, value, null, null, null, null);
            month = month.AddMonths(1);
        }
    }

    /// <summary>Three monthly rows adding up to <paramref name="total"/> for each quarter given, from <paramref name="firstMonth"/>.</summary>
    public static IEnumerable<Observation> QuarterTotalsAsMonths(string id, string firstMonth, params decimal[] totals)
    {
        var months = new List<decimal>();
        foreach (var total in totals)
        {
            var third = decimal.Floor(total / 3m);
            months.AddRange([third, third, total - (2m * third)]);
        }

        return MonthsOf(id, firstMonth, null, [.. months]);
    }

    public static IndicatorDefinition Indicator(
        Aggregation aggregation = Aggregation.Sum,
        Polarity polarity = Polarity.Higher,
        Unit unit = Unit.Count,
        string id = "X") =>
        new(id, "Test indicator") { Aggregation = aggregation, Polarity = polarity, Unit = unit };

    public static TargetSet Annual(decimal annual) => new(annual, null, null);

    public static IReadOnlyDictionary<FinancialYear, TargetSet> Targets(FinancialYear year, TargetSet set) =>
        new Dictionary<FinancialYear, TargetSet> { [year] = set };
}
