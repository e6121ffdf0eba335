using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class PeriodSelectionTests
{
    private static FinancialYear? ForQuarter(int quarter, params Observation[] rows) =>
        PeriodSelection.LatestYearWithData(rows, quarter, FinancialYear.DefaultStartMonth);

    [Test]
    public void The_latest_year_with_data_in_the_quarter_is_chosen() =>
        Assert.That(ForQuarter(3, Row("2015-11", 1), Row("2016-12", 1), Row("2017-04", 1)), Is.EqualTo(Fy(2016)));

    [Test]
    public void A_later_year_without_that_quarter_is_passed_over() =>
        Assert.That(ForQuarter(3, Row("2016/17 Q3", 1), Row("2017/18 Q1", 1), Row("2017/18 Q2", 1)), Is.EqualTo(Fy(2016)));

    [Test]
    public void Q4_falls_in_the_next_calendar_year() =>
        Assert.That(ForQuarter(4, Row("2017-02", 1)), Is.EqualTo(Fy(2016)));

    [Test]
    public void Rows_without_a_figure_do_not_count() =>
        Assert.That(ForQuarter(3, Row("2016/17 Q3", 1), Row("2017/18 Q3", target: 5), Row("2017/18 Q3", rating: Rag.Red)), Is.EqualTo(Fy(2016)));

    [Test]
    public void Breakdown_rows_do_not_count() =>
        Assert.That(ForQuarter(3, Row("2016/17 Q3", 1), Row("2017/18 Q3", 1, breakdown: "Asian")), Is.EqualTo(Fy(2016)));

    [Test]
    public void A_rate_s_numerator_and_denominator_are_a_figure() =>
        Assert.That(ForQuarter(3, Row("2016/17 Q3", num: 1, den: 2)), Is.EqualTo(Fy(2016)));

    [Test]
    public void A_year_row_does_not_fall_in_a_quarter() =>
        Assert.That(ForQuarter(3, Row("2016/17", 1)), Is.Null);

    [Test]
    public void No_data_no_year() => Assert.That(ForQuarter(1), Is.Null);

    [Test]
    public void A_January_year_places_quarters_from_January() =>
        Assert.That(
            PeriodSelection.LatestYearWithData([Row("2017-02", 1, startMonth: 1), Row("2016-08", 1, startMonth: 1)], 1, 1),
            Is.EqualTo(Fy(2017, 1)));

    [TestCase(12, 2016)] // December 2016 lies in 2016/17
    [TestCase(3, 2016)] // March 2017 lies in 2016/17 too
    [TestCase(4, 2015)] // the last April with data is April 2015
    [TestCase(6, null)] // no June at all
    public void The_latest_year_with_data_for_a_month(int month, int? expectedStartYear)
    {
        Observation[] rows = [Row("2015-04", 1), Row("2016-12", 1), Row("2017-03", 1), Row("2017-04", target: 1)];
        var year = PeriodSelection.LatestYearWithMonthData(rows, month, FinancialYear.DefaultStartMonth);
        Assert.That(year, Is.EqualTo(expectedStartYear is { } y ? Fy(y) : (FinancialYear?)null));
    }

    [TestCase(0)] // below Q1
    [TestCase(5)] // beyond Q4
    public void A_quarter_outside_1_to_4_is_a_bug(int quarter) =>
        Assert.That(() => PeriodSelection.LatestYearWithData([], quarter, 4), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void The_latest_quarter_with_data_is_the_quarter_of_the_last_month_with_a_figure() =>
        Assert.That(
            PeriodSelection.LatestQuarterWithData([Row("2016-12", 1), Row("2017-01", 1), Row("2017-04", target: 5), Row("2017-05", 1, breakdown: "Asian")], FinancialYear.DefaultStartMonth),
            Is.EqualTo(Period.ForQuarter(Fy(2016), 4)));

    [Test]
    public void The_latest_quarter_with_data_takes_quarterly_rows_and_passes_over_a_year_row() =>
        Assert.That(
            PeriodSelection.LatestQuarterWithData([Row("2021/22 Q1", 1), Row("2021/22", 1)], FinancialYear.DefaultStartMonth),
            Is.EqualTo(Period.ForQuarter(Fy(2021), 1)));

    [Test]
    public void Without_quarterly_or_monthly_figures_there_is_no_latest_quarter() =>
        Assert.That(PeriodSelection.LatestQuarterWithData([Row("2016/17", 1), Row("2017-01", target: 1)], FinancialYear.DefaultStartMonth), Is.Null);
}
