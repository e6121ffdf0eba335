using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>The rolling twelve months and the since-start cumulative figure.</summary>
public sealed class WindowTests
{
    // City of London Police, Policing Plan Performance Measures 2017-18 (economic crime victim satisfaction, "Cumulative response Apr 14 - Dec 16"):
    // the cumulative respondents satisfied and valid responses at the end of each quarter, as the measures print them.
    private static readonly int[] CumulativeSatisfied = [21, 39, 119, 133, 166, 187, 209, 224, 234, 293, 305];
    private static readonly int[] CumulativeResponses = [53, 78, 183, 197, 244, 269, 295, 316, 326, 406, 426];
    private static readonly int[] PrintedPercent = [40, 50, 65, 68, 68, 70, 71, 71, 72, 72, 72];

    private static readonly string[] Quarters =
    [
        "2014/15 Q1", "2014/15 Q2", "2014/15 Q3", "2014/15 Q4", "2015/16 Q1", "2015/16 Q2",
        "2015/16 Q3", "2015/16 Q4", "2016/17 Q1", "2016/17 Q2", "2016/17 Q3",
    ];

    /// <summary>Each quarter's own responses: the differences of the published cumulative counts (21 of 53, then 18 of 25 …).</summary>
    private static List<Observation> SatisfactionQuarters() =>
    [
        .. Quarters.Select((quarter, i) => Row(
            quarter,
            num: CumulativeSatisfied[i] - (i == 0 ? 0 : CumulativeSatisfied[i - 1]),
            den: CumulativeResponses[i] - (i == 0 ? 0 : CumulativeResponses[i - 1]))),
    ];

    private static readonly IndicatorDefinition Satisfaction =
        Indicator(Aggregation.Ratio, Polarity.Higher, Unit.Percent) with { CumulativeFrom = new YearMonth(2014, 4) };

    [TestCase(0)] // 2014/15 Q1: 21/53 = 40%, the first quarter alone
    [TestCase(1)] // Q2: 39/78 = 50%
    [TestCase(2)] // Q3: 119/183 = 65%
    [TestCase(3)] // Q4: 133/197 = 68%, the first year's end
    [TestCase(4)] // 2015/16 Q1: 166/244 = 68%, across the financial year (a YTD would restart here)
    [TestCase(5)] // 187/269 = 70% (69.5 rounds half away from zero)
    [TestCase(6)] // 209/295 = 71%
    [TestCase(7)] // 224/316 = 71%
    [TestCase(8)] // 2016/17 Q1: 234/326 = 72%
    [TestCase(9)] // 293/406 = 72%
    [TestCase(10)] // 2016/17 Q3: 305/426 = 72%, the latest published
    public void City_of_London_cumulative_satisfaction_is_reproduced_from_its_quarters(int i)
    {
        var result = ReportCalculator.Calculate([Satisfaction], SatisfactionQuarters(), P(Quarters[i])).Indicators[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.Cumulative.Numerator, Is.EqualTo(CumulativeSatisfied[i]));
            Assert.That(result.Cumulative.Denominator, Is.EqualTo(CumulativeResponses[i]));
            Assert.That(Rounding.ForDisplay(result.Cumulative.Value!.Value, 0), Is.EqualTo(PrintedPercent[i]));
        });
    }

    [Test]
    public void Without_cumulative_from_there_is_no_cumulative_figure()
    {
        var result = ReportCalculator.Calculate([Satisfaction with { CumulativeFrom = null }], SatisfactionQuarters(), P("2016/17 Q3")).Indicators[0];
        Assert.That(result.Cumulative.Value, Is.Null);
    }

    [Test]
    public void A_missing_quarter_blanks_the_cumulative_figure_with_a_warning()
    {
        var rows = SatisfactionQuarters().Where(row => row.Period != P("2015/16 Q2")).ToList();
        var results = ReportCalculator.Calculate([Satisfaction], rows, P("2016/17 Q3"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Indicators[0].Cumulative.Value, Is.Null);
            Assert.That(results.Warnings.Select(w => w.Message), Has.Some.EqualTo(
                "X: no data for 2015/16 Q2, so the cumulative figure from 2014-04 to 2016-12 is blank"));
        });
    }

    [TestCase("2017-01")] // a start after the reported period: nothing to add up yet
    public void A_start_after_the_period_gives_no_figure_and_says_why(string from)
    {
        var definition = Satisfaction with { CumulativeFrom = P(from).Span.First };
        var results = ReportCalculator.Calculate([definition], SatisfactionQuarters(), P("2016/17 Q3"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Indicators[0].Cumulative.Value, Is.Null);
            Assert.That(results.Warnings.Select(w => w.Message), Has.Some.Contains("cumulative_from 2017-01 is after the end of 2016/17 Q3"));
        });
    }

    [Test]
    public void A_start_inside_a_quarter_of_quarterly_data_is_too_coarse()
    {
        var definition = Satisfaction with { CumulativeFrom = new YearMonth(2014, 5) };
        var results = ReportCalculator.Calculate([definition], SatisfactionQuarters(), P("2016/17 Q3"));
        Assert.That(results.Warnings.Select(w => w.Message), Has.Some.Contains("the data is too coarse to start at 2014-05"));
    }

    [TestCase("2016-12", 78)] // January to December 2016: 1 + 2 + … + 12 = 78
    [TestCase("2016/17 Q3", 78)] // the quarter ends in the same month: the same twelve months
    [TestCase("2017-03", 114)] // April 2016 to March 2017: 4 + … + 15 = 114, the financial year
    public void The_rolling_twelve_months_end_with_the_period(string period, decimal expected)
    {
        // January 2016 = 1, February = 2 … one more each month, to March 2017 = 15.
        var rows = Months("2016-01", [.. Enumerable.Range(1, 15).Select(i => (decimal)i)]).ToList();
        var result = ReportCalculator.Calculate([Indicator()], rows, P(period)).Indicators[0];
        Assert.That(result.Rolling12.Value, Is.EqualTo(expected));
    }

    [Test]
    public void The_rolling_twelve_months_of_a_rate_add_up_the_parts()
    {
        var rows = Enumerable.Range(0, 12).Select(i => Row(P("2016-01").Span.First.AddMonths(i).ToString(), num: i, den: 10)).ToList();
        var result = ReportCalculator.Calculate([Indicator(Aggregation.Ratio, unit: Unit.Percent)], rows, P("2016-12")).Indicators[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.Rolling12.Numerator, Is.EqualTo(66));
            Assert.That(result.Rolling12.Denominator, Is.EqualTo(120));
            Assert.That(result.Rolling12.Value, Is.EqualTo(55));
        });
    }

    [Test]
    public void A_month_missing_from_the_rolling_window_blanks_it_never_a_zero()
    {
        var rows = Months("2016-01", [.. Enumerable.Range(1, 12).Select(i => (decimal)i)]).Where(row => row.Period != P("2016-02")).ToList();
        var result = ReportCalculator.Calculate([Indicator()], rows, P("2016-12")).Indicators[0];
        Assert.That(result.Rolling12.Value, Is.Null);
    }
}
