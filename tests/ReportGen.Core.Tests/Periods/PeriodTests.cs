using ReportGen.Core.Periods;

namespace ReportGen.Core.Tests.Periods;

public sealed class PeriodTests
{
    private static Period Parse(string text) =>
        PeriodParser.TryParse(text, FinancialYear.DefaultStartMonth, out var period, out var error)
            ? period
            : throw new AssertionException(error!);

    [TestCase("2016/17 Q3", "2016-10", "2016-12")]
    [TestCase("2016/17 Q1", "2016-04", "2016-06")]
    [TestCase("2016/17 Q4", "2017-01", "2017-03")] // Q4 falls in the next calendar year
    [TestCase("2016/17", "2016-04", "2017-03")]
    [TestCase("2016-10", "2016-10", "2016-10")]
    public void A_period_covers_its_months(string text, string first, string last)
    {
        var span = Parse(text).Span;
        Assert.That(span.First.ToString(), Is.EqualTo(first));
        Assert.That(span.Last.ToString(), Is.EqualTo(last));
    }

    [TestCase("2016/17 Q1", "2015/16 Q4")] // Q1's previous quarter is Q4 of the year before
    [TestCase("2016/17 Q3", "2016/17 Q2")]
    [TestCase("2016-04", "2016-03")] // April's previous month belongs to the year before
    [TestCase("2017-01", "2016-12")]
    public void The_previous_period_is_just_before(string text, string previous) =>
        Assert.That(Parse(text).Previous.ToString(), Is.EqualTo(previous));

    [Test]
    public void Year_to_date_runs_from_April_to_the_end_of_the_period()
    {
        var ytd = Parse("2016/17 Q3").YearToDate;
        Assert.That(ytd.ToString(), Is.EqualTo("2016-04..2016-12"));
        Assert.That(ytd.MonthCount, Is.EqualTo(9));
    }

    [TestCase("2016/17 Q5", "quarters run from Q1 to Q4")]
    [TestCase("2016/18", "2016 is followed by 17")]
    [TestCase("2016-13", "months run from 01 to 12")]
    [TestCase("Q3", "is not a period")]
    [TestCase("", "the period is empty")]
    [TestCase("9999-12", "periods run from year 1000 to 9000")] // found by fuzzing: its financial year would pass the calendar's end
    [TestCase("0001-01", "periods run from year 1000 to 9000")] // "a year earlier" must still be a year
    [TestCase("9999/00 Q1", "financial years run from 1000 to 9000")]
    public void Bad_periods_say_what_is_wrong(string text, string expected)
    {
        Assert.That(PeriodParser.TryParse(text, 4, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(expected));
    }
}
