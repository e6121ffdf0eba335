using FsCheck;
using FsCheck.Fluent;
using ReportGen.Core.Data;
using ReportGen.Core.Periods;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>Generators of readable data sets for the property tests.</summary>
public static class CalculationArbitraries
{
    private static readonly YearMonth April2015 = new(2015, 4);

    private static readonly string[] ReportedPeriods =
        ["2016/17 Q1", "2016/17 Q2", "2016/17 Q3", "2016/17 Q4", "2016-04", "2016-12", "2017-03"];

    public static Arbitrary<MonthlyCounts> MonthlyCounts() =>
        Gen.ArrayOf(Gen.Choose(0, 100_000), 12).Select(values => new MonthlyCounts([.. values.Select(v => (decimal)v)])).ToArbitrary();

    public static Arbitrary<MonthlyRates> MonthlyRates() =>
        (from denominators in Gen.ArrayOf(Gen.Choose(1, 500), 9)
         from shares in Gen.ArrayOf(Gen.Choose(0, 1000), 9)
         select new MonthlyRates(denominators, [.. denominators.Select((d, i) => d * shares[i] / 1000)]))
        .ToArbitrary();

    public static Arbitrary<ShuffledData> ShuffledData() =>
        (from rows in AllRows()
         from shuffled in Gen.Shuffle(rows)
         from period in Gen.Elements(ReportedPeriods)
         select new ShuffledData(rows, shuffled, period))
        .ToArbitrary();

    public static Arbitrary<WholeAndParts> WholeAndParts() =>
        (from whole in Rows("S", null, ratio: false)
         from asian in Rows("S", "Asian", ratio: false)
         from white in Rows("S", "White", ratio: false)
         from quarterly in Gen.Elements(true, false)
         from period in Gen.Elements(ReportedPeriods)
         select new WholeAndParts(whole, [.. asian, .. white, .. (quarterly ? QuarterRows(white) : [])], period))
        .ToArbitrary();

    private static Gen<Observation[]> AllRows() =>
        from sums in Rows("S", null, ratio: false)
        from rates in Rows("R", null, ratio: true)
        from means in Rows("M", null, ratio: false)
        from latest in Rows("L", null, ratio: false)
        from groups in Rows("S", "Asian", ratio: false)
        from targets in Gen.Choose(0, 20_000)
        from ratings in Gen.Elements(Indicators.Rag.Red, Indicators.Rag.Amber, Indicators.Rag.Green)
        from duplicate in Gen.Choose(0, 1000)
        select (Observation[])
        [
            .. sums, .. rates, .. means, .. latest, .. groups,
            .. sums.Take(1).Select(row => row with { Value = duplicate }), // a duplicate that may disagree
            .. rates.Take(1), // one that agrees
            new Observation("S", Period.ForQuarter(new FinancialYear(2016), 2), null, null, null, null, targets, null),
            new Observation("M", Period.ForMonth(new YearMonth(2016, 12)), null, null, null, null, null, ratings),
        ];

    /// <summary>Up to 24 monthly rows from April 2015; about one month in eleven is missing.</summary>
    private static Gen<Observation[]> Rows(string id, string? breakdown, bool ratio) =>
        from values in Gen.ArrayOf(Gen.Choose(0, 1100), 24)
        from denominators in Gen.ArrayOf(Gen.Choose(0, 1000), 24)
        select values
            .Select((value, i) => value > 1000 ? null : ratio
                ? new Observation(id, Period.ForMonth(April2015.AddMonths(i)), breakdown, null, Math.Min(value, denominators[i]), denominators[i], null, null)
                : new Observation(id, Period.ForMonth(April2015.AddMonths(i)), breakdown, value, null, null, null, null))
            .OfType<Observation>()
            .ToArray();

    private static IEnumerable<Observation> QuarterRows(Observation[] months) =>
        months.GroupBy(row => Period.Containing(PeriodKind.Quarter, row.Period.Span.First))
            .Select(group => group.First() with { Period = group.Key, Value = group.Sum(row => row.Value) });
}

public sealed record MonthlyCounts(decimal[] Values)
{
    public override string ToString() => string.Join(' ', Values);
}

public sealed record MonthlyRates(int[] Denominators, int[] Numerators)
{
    public override string ToString() => string.Join(' ', Numerators.Zip(Denominators, (n, d) => $"{n}/{d}"));
}

public sealed record ShuffledData(Observation[] Rows, Observation[] Shuffled, string Period)
{
    public override string ToString() => $"{Period}: {Rows.Length} rows";
}

public sealed record WholeAndParts(Observation[] Whole, Observation[] Parts, string Period)
{
    public override string ToString() => $"{Period}: {Whole.Length} whole rows, {Parts.Length} breakdown rows";
}
