using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;
using PropertyTestAttribute = FsCheck.NUnit.PropertyAttribute;

namespace ReportGen.Core.Tests.Calculation;

// FsCheck's [Property] supplies the arguments from generators; NUnit's analyzer cannot see that.
#pragma warning disable NUnit1027

/// <summary>Invariants that hold for any data: checked on generated data sets.</summary>
public sealed class CalculationPropertyTests
{
    private static readonly IndicatorDefinition[] Definitions =
    [
        Indicator(Aggregation.Sum, Polarity.Lower, id: "S") with
        {
            Targets = Targets(Fy(2016), new TargetSet(null, [4125, 8250, 12375, 16500], null)),
            Tolerance = new Tolerance(ToleranceKind.PercentOfTarget, 5),
        },
        Indicator(Aggregation.Ratio, Polarity.Higher, Unit.Percent, id: "R") with
        {
            Targets = Targets(Fy(2016), Annual(50)),
            Tolerance = new Tolerance(ToleranceKind.PercentagePoints, 3),
        },
        Indicator(Aggregation.Mean, Polarity.Band, id: "M") with { Range = new TargetRange(300, 600), Rag = RagRule.Default with { Method = RagMethod.Manual } },
        Indicator(Aggregation.Latest, id: "L") with
        {
            Rag = new RagRule(RagMethod.Bands, RatingBasis.Period, [new(Rag.Green, "Good", 500, null), new(Rag.Red, "Poor", 100, null)], true),
        },
    ];

    private static ReportResults Calculate(IEnumerable<Observation> rows, string period) =>
        ReportCalculator.Calculate(Definitions, [.. rows], P(period));

    [PropertyTest(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public bool A_rate_s_year_to_date_lies_between_its_lowest_and_highest_quarterly_rates(MonthlyRates data)
    {
        var rows = Enumerable.Range(0, 9)
            .Select(i => Row($"2016-{4 + i:D2}", num: data.Numerators[i], den: data.Denominators[i]))
            .ToList();
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent);
        var quarters = new[] { "2016/17 Q1", "2016/17 Q2", "2016/17 Q3" }
            .Select(q => ReportCalculator.Calculate([definition], rows, P(q)).Indicators[0].Period.Value!.Value)
            .ToList();
        var ytd = ReportCalculator.Calculate([definition], rows, P("2016/17 Q3")).Indicators[0].Ytd.Value!.Value;
        return quarters.Min() <= ytd && ytd <= quarters.Max();
    }

    [PropertyTest(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public bool A_sum_s_year_to_date_is_the_sum_of_its_quarters(MonthlyCounts data)
    {
        var rows = MonthsOf("X", "2016-04", null, data.Values).ToList();
        var results = Enumerable.Range(1, 4)
            .Select(q => ReportCalculator.Calculate([Indicator()], rows, P($"2016/17 Q{q}")).Indicators[0])
            .ToList();
        var runningTotal = 0m;
        foreach (var result in results)
        {
            runningTotal += result.Period.Value!.Value;
            if (result.Ytd.Value != runningTotal)
            {
                return false;
            }
        }

        return runningTotal == data.Values.Sum();
    }

    [PropertyTest(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public bool A_missing_month_is_never_a_zero(MonthlyCounts data)
    {
        var complete = MonthsOf("X", "2016-04", null, data.Values).ToList();
        var gap = (int)(data.Values.Sum() % 9m); // one of April to December
        var withGap = complete.Where((_, i) => i != gap).ToList();
        var result = ReportCalculator.Calculate([Indicator()], withGap, P("2016/17 Q3")).Indicators[0];
        return result.Ytd.Value is null && result.Rag is null;
    }

    [PropertyTest(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public bool Reordering_the_rows_changes_nothing(ShuffledData data) =>
        Describe(Calculate(data.Rows, data.Period)) == Describe(Calculate(data.Shuffled, data.Period));

    [PropertyTest(Arbitrary = new[] { typeof(CalculationArbitraries) })]
    public bool Breakdown_rows_never_change_the_whole(WholeAndParts data)
    {
        var without = Calculate(data.Whole, data.Period).Indicators[0] with { Breakdowns = [] };
        var with = Calculate(data.Whole.Concat(data.Parts), data.Period).Indicators[0] with { Breakdowns = [] };
        return Describe(without) == Describe(with);
    }

    private static string Describe(ReportResults results) =>
        string.Join('\n', results.Indicators.Select(Describe).Concat(results.Warnings.Select(w => w.ToString())))
        + $"\n{results.Summary}";

    private static string Describe(IndicatorResult r) =>
        $"{r.Definition.Id} {r.Period} {r.PreviousPeriod} {r.SamePeriodLastYear} {r.Ytd} {r.YtdLastYear} {r.PreviousYtd} "
        + $"{r.YtdChangePercent} {r.Target} {r.Allowance} {r.RatedValue} {r.OffTarget} {r.Rag} {r.RagLabel} {r.DotShort} {r.DotLong} "
        + string.Join(';', r.Breakdowns);
}
