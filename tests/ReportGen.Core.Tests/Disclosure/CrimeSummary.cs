using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Tests.Disclosure;

/// <summary>
/// A small crime summary for disclosure tests: parts A, B and C add up to the total T, every month from April 2015 to
/// December 2016, for the whole and for each of three wards (the wards add up to the whole). Reported: Q3 2016/17.
/// </summary>
internal sealed class CrimeSummary
{
    public const int Months = 21;
    public static readonly string[] Parts = ["A", "B", "C"];
    public static readonly string[] Wards = ["North", "South", "West"];
    public static readonly Period Reported = Period.ForQuarter(new FinancialYear(2016), 3);
    public static readonly YearMonth First = new(2015, 4);

    /// <summary>counts[part][ward][month].</summary>
    public CrimeSummary(decimal[][][] counts) => Counts = counts;

    public decimal[][][] Counts { get; }

    public static IndicatorTotal Total { get; } = new("T", Parts);

    /// <summary>Every count random from 0 to <paramref name="max"/>, from a seed.</summary>
    public static CrimeSummary Random(int seed, int max)
    {
        var random = new Random(seed);
        return new([.. Parts.Select(_ => Wards.Select(_ => Enumerable.Range(0, Months).Select(_ => (decimal)random.Next(0, max + 1)).ToArray()).ToArray())]);
    }

    /// <summary>Every count <paramref name="value"/>; change some with <see cref="With"/>.</summary>
    public static CrimeSummary Uniform(decimal value) =>
        new([.. Parts.Select(_ => Wards.Select(_ => Enumerable.Repeat(value, Months).ToArray()).ToArray())]);

    public CrimeSummary With(string part, string ward, YearMonth month, decimal value)
    {
        Counts[Array.IndexOf(Parts, part)][Array.IndexOf(Wards, ward)][First.MonthsUntil(month)] = value;
        return this;
    }

    public IReadOnlyList<IndicatorDefinition> Definitions(int? threshold = 5) =>
        [.. new[] { "T" }.Concat(Parts).Select(id => new IndicatorDefinition(id, "Crime " + id) { SuppressBelow = threshold, Polarity = Polarity.Lower })];

    public ReportResults Calculate(IReadOnlyList<IndicatorDefinition>? definitions = null) =>
        ReportCalculator.Calculate(definitions ?? Definitions(), [.. Rows()], Reported);

    public decimal Of(string indicator, string? ward, int month)
    {
        var parts = indicator == "T" ? Parts : [indicator];
        var wards = ward is null ? Wards : [ward];
        return parts.Sum(p => wards.Sum(w => Counts[Array.IndexOf(Parts, p)][Array.IndexOf(Wards, w)][month]));
    }

    private IEnumerable<Observation> Rows()
    {
        foreach (var id in new[] { "T" }.Concat(Parts))
        {
            for (var m = 0; m < Months; m++)
            {
                var period = Period.ForMonth(First.AddMonths(m));
                yield return new Observation(id, period, null, Of(id, null, m), null, null, null, null);
                foreach (var ward in Wards)
                {
                    yield return new Observation(id, period, ward, Of(id, ward, m), null, null, null, null);
                }
            }
        }
    }
}
