using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class SpanAggregatorTests
{
    private static SpanFigure Aggregate(
        IEnumerable<Observation> rows, string span, Aggregation aggregation = Aggregation.Sum, Unit unit = Unit.Count, int startMonth = 4)
    {
        var series = SeriesBuilder.Build("X", rows, aggregation, unit, new List<Problem>());
        var period = P(span, startMonth);
        return SpanAggregator.Aggregate(series, period.Span, aggregation, unit, startMonth);
    }

    private static SpanFigure AggregateYtd(IEnumerable<Observation> rows, string period, Aggregation aggregation = Aggregation.Sum)
    {
        var series = SeriesBuilder.Build("X", rows, aggregation, Unit.Count, new List<Problem>());
        return SpanAggregator.Aggregate(series, P(period).YearToDate, aggregation, Unit.Count, 4);
    }

    [Test]
    public void A_sum_adds_the_months_of_the_quarter()
    {
        var figure = Aggregate(Months("2016-10", 1400, 1500, 1455), "2016/17 Q3");
        Assert.That(figure.Value, Is.EqualTo(4355m));
        Assert.That(figure.Reason, Is.EqualTo(BlankReason.None));
    }

    [Test]
    public void A_missing_month_blanks_a_sum_and_is_named_never_a_silent_zero()
    {
        var rows = Months("2016-10", 1400).Concat(Months("2016-12", 1455));
        var figure = Aggregate(rows, "2016/17 Q3");
        Assert.That(figure.Value, Is.Null);
        Assert.That(figure.Reason, Is.EqualTo(BlankReason.Missing));
        Assert.That(figure.Missing.Select(p => p.ToString()), Is.EqualTo(new[] { "2016-11" }));
    }

    [Test]
    public void A_month_of_zero_is_data_not_a_gap() =>
        Assert.That(Aggregate(Months("2016-10", 5, 0, 7), "2016/17 Q3").Value, Is.EqualTo(12m));

    [Test]
    public void A_missing_month_blanks_a_ratio_too()
    {
        var rows = new[] { Row("2016-10", num: 5, den: 20), Row("2016-12", num: 6, den: 19) };
        var figure = Aggregate(rows, "2016/17 Q3", Aggregation.Ratio, Unit.Percent);
        Assert.That(figure.Aggregate.Value, Is.Null);
        Assert.That(figure.Aggregate.Numerator, Is.Null, "partial sums of a rate would mislead");
        Assert.That(figure.Missing.Select(p => p.ToString()), Is.EqualTo(new[] { "2016-11" }));
    }

    [TestCase(Unit.Percent, "28.813559322033898305084745763")] // a percent rate is shown ×100: 17 of 59 is 28.81…
    [TestCase(Unit.Number, "0.2881355932203389830508474576")] // any other unit is the plain ratio
    public void A_ratio_divides_summed_numerators_by_summed_denominators(Unit unit, string expected)
    {
        var rows = new[] { Row("2016-10", num: 5, den: 20), Row("2016-11", num: 6, den: 20), Row("2016-12", num: 6, den: 19) };
        var figure = Aggregate(rows, "2016/17 Q3", Aggregation.Ratio, unit);
        Assert.That(figure.Aggregate.Value, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(figure.Aggregate.Numerator, Is.EqualTo(17m));
        Assert.That(figure.Aggregate.Denominator, Is.EqualTo(59m));
    }

    [Test]
    public void A_ratio_is_never_a_mean_of_rates()
    {
        // 1/1 (100%) and 1/9 (11.1%): the mean of rates would be 55.6%; the rate is 2/10 = 20%.
        var rows = new[] { Row("2016/17 Q1", num: 1, den: 1), Row("2016/17 Q2", num: 1, den: 9) };
        var series = SeriesBuilder.Build("X", rows, Aggregation.Ratio, Unit.Percent, new List<Problem>());
        var figure = SpanAggregator.Aggregate(series, P("2016/17 Q2").YearToDate, Aggregation.Ratio, Unit.Percent, 4);
        Assert.That(figure.Value, Is.EqualTo(20m));
    }

    [Test]
    public void A_zero_summed_denominator_gives_no_rate_but_keeps_the_parts()
    {
        var rows = new[] { Row("2016-10", num: 0, den: 0), Row("2016-11", num: 0, den: 0), Row("2016-12", num: 0, den: 0) };
        var figure = Aggregate(rows, "2016/17 Q3", Aggregation.Ratio, Unit.Percent);
        Assert.That(figure.Aggregate.Value, Is.Null);
        Assert.That(figure.Aggregate.Numerator, Is.EqualTo(0m));
        Assert.That(figure.Aggregate.Denominator, Is.EqualTo(0m));
        Assert.That(figure.Reason, Is.EqualTo(BlankReason.ZeroDenominator));
    }

    [Test]
    public void A_month_with_a_zero_denominator_still_adds_into_the_quarter()
    {
        var rows = new[] { Row("2016-10", num: 0, den: 0), Row("2016-11", num: 1, den: 4), Row("2016-12", num: 1, den: 4) };
        Assert.That(Aggregate(rows, "2016/17 Q3", Aggregation.Ratio, Unit.Percent).Value, Is.EqualTo(25m));
    }

    [TestCase(Aggregation.Mean, 4)] // the mean of 2, 4 and 6
    [TestCase(Aggregation.Latest, 6)] // December's value
    public void Mean_and_latest_combine_the_values_present(Aggregation aggregation, decimal expected) =>
        Assert.That(Aggregate(Months("2016-10", 2, 4, 6), "2016/17 Q3", aggregation).Value, Is.EqualTo(expected));

    [TestCase(Aggregation.Mean, 3)] // a gap does not stop a mean: the mean of 2 and 4
    [TestCase(Aggregation.Latest, 4)] // the last month present is November
    public void Mean_and_latest_need_no_complete_data(Aggregation aggregation, decimal expected)
    {
        var figure = Aggregate(Months("2016-10", 2, 4), "2016/17 Q3", aggregation);
        Assert.That(figure.Value, Is.EqualTo(expected));
        Assert.That(figure.Reason, Is.EqualTo(BlankReason.None));
    }

    [Test]
    public void Latest_takes_the_last_period_whatever_the_row_order()
    {
        var rows = Months("2016-10", 2, 4, 6).Reverse();
        Assert.That(Aggregate(rows, "2016/17 Q3", Aggregation.Latest).Value, Is.EqualTo(6m));
    }

    [TestCase(Aggregation.Mean)] // a mean of nothing is no figure, not 0
    [TestCase(Aggregation.Latest)] // nor is a latest of nothing
    public void Mean_and_latest_with_nothing_in_the_span_are_blank(Aggregation aggregation)
    {
        var figure = Aggregate(Months("2016-07", 2, 4, 6), "2016/17 Q3", aggregation);
        Assert.That(figure.Value, Is.Null);
        Assert.That(figure.Missing, Has.Count.EqualTo(3));
    }

    [Test]
    public void Rows_outside_the_span_do_not_count() =>
        Assert.That(Aggregate(Months("2016-09", 100, 1, 2, 3, 100), "2016/17 Q3").Value, Is.EqualTo(6m));

    [TestCase(Aggregation.Sum)] // a quarter's count is not December's
    [TestCase(Aggregation.Mean)] // nor its mean
    [TestCase(Aggregation.Latest)] // nor its snapshot
    public void A_quarterly_row_never_counts_towards_a_month(Aggregation aggregation)
    {
        var figure = Aggregate([Row("2016/17 Q3", 4355)], "2016-12", aggregation);
        Assert.That(figure.Value, Is.Null);
        Assert.That(figure.Reason, Is.EqualTo(BlankReason.TooCoarse));
    }

    [Test]
    public void Quarterly_rows_add_up_to_a_year_to_date_that_ends_a_quarter()
    {
        var rows = new[] { Row("2016/17 Q1", 4498), Row("2016/17 Q2", 4290), Row("2016/17 Q3", 4355) };
        Assert.That(AggregateYtd(rows, "2016/17 Q3").Value, Is.EqualTo(13143m));
    }

    [Test]
    public void Quarterly_rows_cannot_give_a_year_to_date_that_ends_mid_quarter()
    {
        // April to November: Q1 and Q2 lie inside but October and November are not covered.
        var rows = new[] { Row("2016/17 Q1", 4498), Row("2016/17 Q2", 4290), Row("2016/17 Q3", 4355) };
        Assert.That(AggregateYtd(rows, "2016-11").Reason, Is.EqualTo(BlankReason.TooCoarse));
    }

    [Test]
    public void A_missing_quarter_is_named_as_a_quarter()
    {
        var rows = new[] { Row("2016/17 Q1", 4498), Row("2016/17 Q3", 4355) };
        var figure = AggregateYtd(rows, "2016/17 Q3");
        Assert.That(figure.Missing.Select(p => p.ToString()), Is.EqualTo(new[] { "2016/17 Q2" }));
    }

    [Test]
    public void A_yearly_row_gives_the_year_but_no_part_of_it()
    {
        var rows = new[] { Row("2016/17", 16000) };
        Assert.That(AggregateYtd(rows, "2016/17 Q4").Value, Is.EqualTo(16000m));
        Assert.That(AggregateYtd(rows, "2016/17 Q3").Reason, Is.EqualTo(BlankReason.TooCoarse));
    }

    [Test]
    public void A_January_financial_year_puts_January_to_March_in_Q1()
    {
        var rows = new[] { Row("2017-01", 1, startMonth: 1), Row("2017-02", 2, startMonth: 1), Row("2017-03", 3, startMonth: 1), Row("2017-04", 100, startMonth: 1) };
        Assert.That(Aggregate(rows, "2017 Q1", startMonth: 1).Value, Is.EqualTo(6m));
    }

    [Test]
    public void Expected_periods_are_those_of_the_granularity_inside_the_span()
    {
        var span = new MonthSpan(new YearMonth(2016, 4), new YearMonth(2017, 2));
        var expected = SpanAggregator.ExpectedPeriods(PeriodKind.Quarter, span, 4, out var tiled);
        Assert.That(expected.Select(p => p.ToString()), Is.EqualTo(new[] { "2016/17 Q1", "2016/17 Q2", "2016/17 Q3" }));
        Assert.That(tiled, Is.False, "January and February are not covered by a whole quarter");
    }
}
