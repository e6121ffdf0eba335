using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>
/// The published figures of the London Borough of Havering's Corporate Performance Report, Q3 2016/17,
/// worked out again from monthly and quarterly data.
/// </summary>
public sealed class HaveringWorkedExampleTests
{
    private static readonly IndicatorDefinition TotalNotifiableOffences = new("CSP1", "Total notifiable offences")
    {
        Unit = Unit.Count,
        Polarity = Polarity.Lower,
        Aggregation = Aggregation.Sum,
        Targets = Targets(Fy(2016), new TargetSet(16500, [4125, 8250, 12375, 16500], null)),
        Tolerance = new Tolerance(ToleranceKind.PercentOfTarget, 5),
        Rag = RagRule.Default,
    };

    private static readonly IndicatorDefinition RepeatMaracReferrals = new("CSP5", "Repeat MARAC referrals")
    {
        Unit = Unit.Percent,
        Polarity = Polarity.Higher,
        Aggregation = Aggregation.Ratio,
        Decimals = 1,
        Targets = Targets(Fy(2016), Annual(28)),
        Tolerance = new Tolerance(ToleranceKind.PercentagePoints, 3),
    };

    private static IEnumerable<Observation> Observations() =>
        QuarterTotalsAsMonths("CSP1", "2015-04", 4000, 4053, 4520)
            .Concat(QuarterTotalsAsMonths("CSP1", "2016-04", 4498, 4290, 4355))
            .Concat(
            [
                Row("2016/17 Q1", id: "CSP5", num: 14, den: 60),
                Row("2016/17 Q2", id: "CSP5", num: 16, den: 64),
                Row("2016/17 Q3", id: "CSP5", num: 17, den: 59),
            ]);

    private static ReportResults Calculate() =>
        ReportCalculator.Calculate([TotalNotifiableOffences, RepeatMaracReferrals], [.. Observations()], P("2016/17 Q3"));

    [Test]
    public void Total_notifiable_offences()
    {
        var csp1 = Calculate().Indicators[0];
        Assert.Multiple(() =>
        {
            Assert.That(csp1.Period.Value, Is.EqualTo(4355m));
            Assert.That(csp1.PreviousPeriod.Value, Is.EqualTo(4290m));
            Assert.That(csp1.SamePeriodLastYear.Value, Is.EqualTo(4520m));
            Assert.That(csp1.Ytd.Value, Is.EqualTo(13143m));
            Assert.That(csp1.YtdLastYear.Value, Is.EqualTo(12573m));
            Assert.That(csp1.YtdChangePercent, Is.EqualTo(570m * 100m / 12573m), "4.53…");
            Assert.That(Rounding.ForDisplay(csp1.YtdChangePercent!.Value, 1), Is.EqualTo(4.5m), "as published: +4.5%");
            Assert.That(csp1.Target, Is.EqualTo(12375m));
            Assert.That(csp1.Allowance, Is.EqualTo(618.75m));
            Assert.That(csp1.RatedValue, Is.EqualTo(13143m));
            Assert.That(csp1.OffTarget, Is.True, "13,143 is beyond 12,375 + 5%");
            Assert.That(csp1.DotShort, Is.EqualTo(Direction.Worse), "4,355 after 4,290");
            Assert.That(csp1.DotLong, Is.EqualTo(Direction.Worse), "13,143 after 12,573");
            Assert.That(csp1.Rag, Is.EqualTo(Rag.Red));
        });
    }

    [Test]
    public void Repeat_MARAC_referrals()
    {
        var csp5 = Calculate().Indicators[1];
        Assert.Multiple(() =>
        {
            Assert.That(csp5.Period, Is.EqualTo(new Aggregate(1700m / 59m, 17m, 59m)));
            Assert.That(Rounding.ForDisplay(csp5.Period.Value!.Value, 1), Is.EqualTo(28.8m), "Q3: 17 of 59, 28.8%");
            Assert.That(csp5.Ytd, Is.EqualTo(new Aggregate(4700m / 183m, 47m, 183m)));
            Assert.That(Rounding.ForDisplay(csp5.Ytd.Value!.Value, 1), Is.EqualTo(25.7m), "YTD 25.7%, not the mean of quarterly rates");
            Assert.That(csp5.Target, Is.EqualTo(28m));
            Assert.That(csp5.Allowance, Is.EqualTo(3m));
            Assert.That(csp5.OffTarget, Is.False, "25.7% is within 3pp of 28%");
            Assert.That(csp5.Rag, Is.EqualTo(Rag.Green));
        });
    }

    [Test]
    public void The_summary_counts_one_red_and_one_green()
    {
        var summary = Calculate().Summary;
        Assert.That(summary, Is.EqualTo(new RagSummary(Red: 1, Amber: 0, Green: 1, None: 0)));
    }

    [Test]
    public void Total_notifiable_offences_needs_no_warning()
    {
        // CSP5 has no data for last year, so it is warned about; CSP1's data is complete.
        Assert.That(Calculate().Warnings.Select(w => w.Message), Has.None.StartsWith("CSP1"));
    }

    [Test]
    public void The_series_holds_each_period_s_own_figure_up_to_the_reported_period()
    {
        var results = ReportCalculator.Calculate(
            [TotalNotifiableOffences, RepeatMaracReferrals],
            [.. Observations(), Row("2017-01", id: "CSP1", value: 1400)],
            P("2016/17 Q3"));
        var tno = results.Indicators[0].Series;
        var marac = results.Indicators[1].Series;

        Assert.That(tno, Has.Count.EqualTo(18), "April to December of each year; January 2017 is after the period");
        Assert.That(tno[0].Period, Is.EqualTo(P("2015-04")));
        Assert.That(tno[^1].Period, Is.EqualTo(P("2016-12")));
        Assert.That(tno.Skip(9).Sum(p => p.Figure.Value), Is.EqualTo(13143m), "this year's months add up to the year to date");
        Assert.That(marac.Select(p => p.Figure), Is.EqualTo(new[]
        {
            new Aggregate(1400m / 60m, 14m, 60m), new Aggregate(1600m / 64m, 16m, 64m), new Aggregate(1700m / 59m, 17m, 59m),
        }), "a rate's point is its own quarter's rate, with its parts");
    }
}
