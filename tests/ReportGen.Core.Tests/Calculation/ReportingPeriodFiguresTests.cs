using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>The six figures of a report (period, previous, same period last year, YTD, YTD last year, previous YTD) for quarters and months.</summary>
public sealed class ReportingPeriodFiguresTests
{
    // Month n of the data (April 2015 = 1) has value n: every span's sum says which months it covers.
    private static IEnumerable<Observation> Numbered(string firstMonth = "2015-04", int count = 36, int startMonth = 4)
    {
        var month = P(firstMonth, startMonth).Span.First;
        for (var n = 1; n <= count; n++)
        {
            yield return new Observation("X", Period.ForMonth(month, startMonth), null, n, null, null, null, null);
            month = month.AddMonths(1);
        }
    }

    private static IndicatorResult Calculate(string period, IEnumerable<Observation> rows, int startMonth = 4) =>
        ReportCalculator.Calculate([Indicator()], [.. rows], P(period, startMonth)).Indicators.Single();

    private static decimal Months(int from, int to) => Enumerable.Range(from, to - from + 1).Sum();

    [Test]
    public void A_quarter_pack_works_out_every_figure()
    {
        // 2016/17 Q3 is October to December 2016: months 19 to 21 of the numbered data.
        var result = Calculate("2016/17 Q3", Numbered());
        Assert.Multiple(() =>
        {
            Assert.That(result.Period.Value, Is.EqualTo(Months(19, 21)));
            Assert.That(result.PreviousPeriod.Value, Is.EqualTo(Months(16, 18)));
            Assert.That(result.SamePeriodLastYear.Value, Is.EqualTo(Months(7, 9)));
            Assert.That(result.Ytd.Value, Is.EqualTo(Months(13, 21)));
            Assert.That(result.YtdLastYear.Value, Is.EqualTo(Months(1, 9)));
            Assert.That(result.PreviousYtd.Value, Is.EqualTo(Months(13, 18)));
        });
    }

    [Test]
    public void Q1_s_previous_quarter_is_Q4_of_the_year_before_and_its_previous_ytd_the_whole_of_last_year()
    {
        var result = Calculate("2016/17 Q1", Numbered());
        Assert.Multiple(() =>
        {
            Assert.That(result.Period.Value, Is.EqualTo(Months(13, 15)));
            Assert.That(result.PreviousPeriod.Value, Is.EqualTo(Months(10, 12)), "January to March 2016");
            Assert.That(result.Ytd.Value, Is.EqualTo(Months(13, 15)));
            Assert.That(result.PreviousYtd.Value, Is.EqualTo(Months(1, 12)), "April 2015 to March 2016");
            Assert.That(result.YtdLastYear.Value, Is.EqualTo(Months(1, 3)));
        });
    }

    [Test]
    public void A_monthly_pack_compares_with_the_month_before_and_the_same_month_last_year()
    {
        var result = Calculate("2016-12", Numbered());
        Assert.Multiple(() =>
        {
            Assert.That(result.Period.Value, Is.EqualTo(21m));
            Assert.That(result.PreviousPeriod.Value, Is.EqualTo(20m));
            Assert.That(result.SamePeriodLastYear.Value, Is.EqualTo(9m));
            Assert.That(result.Ytd.Value, Is.EqualTo(Months(13, 21)));
            Assert.That(result.YtdLastYear.Value, Is.EqualTo(Months(1, 9)));
            Assert.That(result.PreviousYtd.Value, Is.EqualTo(Months(13, 20)));
        });
    }

    [Test]
    public void April_s_previous_month_is_March_of_the_year_before()
    {
        var result = Calculate("2016-04", Numbered());
        Assert.Multiple(() =>
        {
            Assert.That(result.Period.Value, Is.EqualTo(13m));
            Assert.That(result.PreviousPeriod.Value, Is.EqualTo(12m), "March 2016");
            Assert.That(result.SamePeriodLastYear.Value, Is.EqualTo(1m));
            Assert.That(result.Ytd.Value, Is.EqualTo(13m), "the year to date is April alone");
            Assert.That(result.PreviousYtd.Value, Is.EqualTo(Months(1, 12)), "the whole of 2015/16");
        });
    }

    [Test]
    public void A_January_financial_year_counts_from_January()
    {
        // Data from January 2015 (n = 1); 2016 Q1 is January to March 2016 (months 13 to 15).
        var result = Calculate("2016 Q1", Numbered("2015-01", 24, startMonth: 1), startMonth: 1);
        Assert.Multiple(() =>
        {
            Assert.That(result.Period.Value, Is.EqualTo(Months(13, 15)));
            Assert.That(result.PreviousPeriod.Value, Is.EqualTo(Months(10, 12)), "October to December 2015");
            Assert.That(result.Ytd.Value, Is.EqualTo(Months(13, 15)));
            Assert.That(result.PreviousYtd.Value, Is.EqualTo(Months(1, 12)), "the whole of 2015");
        });
    }

    [Test]
    public void A_January_year_s_Q3_runs_from_July()
    {
        var result = Calculate("2016 Q3", Numbered("2015-01", 24, startMonth: 1), startMonth: 1);
        Assert.That(result.Period.Value, Is.EqualTo(Months(19, 21)));
        Assert.That(result.Ytd.Value, Is.EqualTo(Months(13, 21)));
    }

    [Test]
    public void Quarterly_data_serves_a_quarter_pack()
    {
        var rows = new[]
        {
            Row("2015/16 Q3", 30), Row("2015/16 Q4", 40), Row("2016/17 Q1", 11), Row("2016/17 Q2", 12), Row("2016/17 Q3", 13),
            Row("2015/16 Q1", 10), Row("2015/16 Q2", 20),
        };
        var result = Calculate("2016/17 Q1", rows);
        Assert.That(result.PreviousPeriod.Value, Is.EqualTo(40m));
        Assert.That(result.PreviousYtd.Value, Is.EqualTo(100m));
        Assert.That(result.Ytd.Value, Is.EqualTo(11m));
    }

    [Test]
    public void A_ratio_keeps_its_numerator_and_denominator()
    {
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent);
        var rows = new[] { Row("2016/17 Q3", num: 17, den: 59) };
        var result = ReportCalculator.Calculate([definition], rows, P("2016/17 Q3")).Indicators.Single();
        Assert.That(result.Period, Is.EqualTo(new Aggregate(1700m / 59m, 17m, 59m)));
    }
}
