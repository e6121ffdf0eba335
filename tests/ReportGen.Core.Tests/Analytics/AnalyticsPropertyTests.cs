using ReportGen.Core.Analytics;
using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using static ReportGen.Core.Tests.Calculation.Data;
using PropertyTestAttribute = FsCheck.NUnit.PropertyAttribute;

namespace ReportGen.Core.Tests.Analytics;

// FsCheck's [Property] supplies the arguments from generators; NUnit's analyzer cannot see that.
#pragma warning disable NUnit1027

/// <summary>Invariants of the analytics, checked on generated data.</summary>
public sealed class AnalyticsPropertyTests
{
    [PropertyTest(Arbitrary = new[] { typeof(AnalyticsArbitraries) })]
    public bool The_wilson_interval_holds_the_proportion_and_lies_in_0_to_1(Proportion data)
    {
        var (low, high) = WilsonInterval.Of(data.Successes, data.Trials, (double)data.Confidence)!.Value;
        var p = (double)data.Successes / data.Trials;
        return low >= 0.0 && high <= 1.0 && low <= p && p <= high;
    }

    [PropertyTest(Arbitrary = new[] { typeof(AnalyticsArbitraries) })]
    public bool A_higher_confidence_never_narrows_the_interval(Proportion data)
    {
        var narrow = WilsonInterval.Of(data.Successes, data.Trials, 80)!.Value;
        var wide = WilsonInterval.Of(data.Successes, data.Trials, 99)!.Value;
        return wide.Low <= narrow.Low && narrow.High <= wide.High;
    }

    [PropertyTest(Arbitrary = new[] { typeof(AnalyticsArbitraries) })]
    public bool The_test_s_z_has_the_sign_of_the_change_and_its_p_value_is_a_probability(TwoSamples data)
    {
        if (TwoProportionTest.Test(data.X1, data.N1, data.X2, data.N2) is not { } test)
        {
            // Only no variation at all (both 0% or both 100%) goes untested.
            return (data.X1 == 0 && data.X2 == 0) || (data.X1 == data.N1 && data.X2 == data.N2);
        }

        var change = ((double)data.X1 / data.N1) - ((double)data.X2 / data.N2);
        return Math.Sign(test.Z) == Math.Sign(change) && test.PValue is >= 0.0 and <= 1.0;
    }

    [PropertyTest(Arbitrary = new[] { typeof(AnalyticsArbitraries) })]
    public bool The_rank_does_not_depend_on_the_order_of_the_groups(Peers data)
    {
        var rank = PeerRanking.Rank(data.Groups, data.Self, Polarity.Higher, null);
        var shuffled = PeerRanking.Rank(data.Shuffled, data.Self, Polarity.Higher, null);
        return rank == shuffled;
    }

    [PropertyTest(Arbitrary = new[] { typeof(AnalyticsArbitraries) })]
    public bool Ranks_are_an_ordering_consistent_with_the_figures(Peers data)
    {
        // Every group's rank: the better figure never has the worse rank, the best is 1st, and lower flips it.
        var ranks = data.Groups.Select(g => (g.Value, Higher: PeerRanking.Rank(data.Groups, g.Name, Polarity.Higher, null)!, Lower: PeerRanking.Rank(data.Groups, g.Name, Polarity.Lower, null)!)).ToList();
        var ordered = ranks.All(a => ranks.All(b => a.Value <= b.Value || a.Higher.Position < b.Higher.Position));
        var bestFirst = ranks.Where(r => r.Value == data.Groups.Max(g => g.Value)).All(r => r.Higher.Position == 1);
        var flipped = ranks.Where(r => r.Value == data.Groups.Min(g => g.Value)).All(r => r.Lower.Position == 1);
        return ordered && bestFirst && flipped && ranks.All(r => r.Higher.Of == data.Groups.Length && r.Higher.Position <= r.Higher.Of);
    }

    [PropertyTest(Arbitrary = new[] { typeof(AnalyticsArbitraries) })]
    public bool The_forecast_at_the_year_s_end_is_the_year_to_date(TwoYearsOfMonths data)
    {
        var rows = Months("2015-04", data.Values).ToList();
        return new[] { "2016/17 Q4", "2017-03" }.All(period =>
        {
            var result = ReportCalculator.Calculate([Indicator()], rows, P(period)).Indicators[0];
            return result.Forecast!.Value == result.Ytd.Value;
        });
    }

    [PropertyTest(Arbitrary = new[] { typeof(AnalyticsArbitraries) })]
    public bool The_forecast_is_the_profile_s_unless_last_year_cannot_give_one(TwoYearsOfMonths data)
    {
        var rows = Months("2015-04", data.Values).ToList();
        var result = ReportCalculator.Calculate([Indicator()], rows, P("2016/17 Q2")).Indicators[0];
        var lastYtd = data.Values.Take(6).Sum();
        var lastFull = data.Values.Take(12).Sum();
        var expected = lastYtd != 0m && lastFull != 0m ? ForecastMethod.LastYearProfile : ForecastMethod.Linear;
        return result.Forecast!.Method == expected && (result.Ytd.Value != 0m || result.Forecast.Value == 0m);
    }

    [PropertyTest(Arbitrary = new[] { typeof(AnalyticsArbitraries) })]
    public bool Cumulative_from_the_year_s_start_is_the_year_to_date_and_rolling_twelve_at_march_is_the_year(TwoYearsOfMonths data)
    {
        var rows = Months("2015-04", data.Values).ToList();
        var definition = Indicator() with { CumulativeFrom = new YearMonth(2016, 4) };
        var result = ReportCalculator.Calculate([definition], rows, P("2017-03")).Indicators[0];
        return result.Cumulative.Value == result.Ytd.Value && result.Rolling12.Value == result.Ytd.Value;
    }

    private static readonly IndicatorDefinition[] Definitions =
    [
        Indicator(Aggregation.Sum, Polarity.Lower, id: "S") with
        {
            Rank = new RankSettings("Asian"),
            Gaps = new GapSettings(100m, []),
            CumulativeFrom = new YearMonth(2015, 4),
            AllowedLag = 1,
        },
        Indicator(Aggregation.Ratio, Polarity.Higher, Unit.Percent, id: "R") with
        {
            Survey = new SurveySettings { Compare = SurveyComparison.PreviousPeriod },
            CumulativeFrom = new YearMonth(2015, 7),
        },
        Indicator(Aggregation.Mean, Polarity.Neutral, id: "M") with { Type = IndicatorType.Contextual },
        Indicator(Aggregation.Latest, id: "L") with { Type = IndicatorType.Monitor },
    ];

    [PropertyTest(Arbitrary = new[] { typeof(ReportGen.Core.Tests.Calculation.CalculationArbitraries) })]
    public bool Reordering_the_rows_changes_no_analytics_figure(ReportGen.Core.Tests.Calculation.ShuffledData data) =>
        Describe(ReportCalculator.Calculate(Definitions, data.Rows, P(data.Period)))
        == Describe(ReportCalculator.Calculate(Definitions, data.Shuffled, P(data.Period)));

    private static string Describe(Results.ReportResults results) =>
        string.Join('\n', results.Indicators.Select(r =>
            $"{r.Definition.Id} {r.Forecast} {r.Rolling12} {r.Cumulative} {r.Rank} {string.Join(';', r.Gaps)} {r.Survey} "
            + $"{r.LastDataPeriod} {r.Stale} {r.Rag} {r.DotShort}"))
        + string.Join('\n', results.Warnings) + results.Summary;
}
