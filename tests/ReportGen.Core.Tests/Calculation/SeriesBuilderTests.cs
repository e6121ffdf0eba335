using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class SeriesBuilderTests
{
    private readonly List<Problem> _warnings = [];

    [SetUp]
    public void ForgetEarlierWarnings() => _warnings.Clear();

    private Series Build(IEnumerable<Observation> rows, Aggregation aggregation = Aggregation.Sum, Unit unit = Unit.Count) =>
        SeriesBuilder.Build("X", rows, aggregation, unit, _warnings);

    [TestCase("2016-10", PeriodKind.Month)] // monthly extracts
    [TestCase("2016/17 Q3", PeriodKind.Quarter)] // quarterly returns
    [TestCase("2016/17", PeriodKind.Year)] // annual figures
    public void The_granularity_is_that_of_the_rows(string period, PeriodKind expected) =>
        Assert.That(Build([Row(period, 1)]).Granularity, Is.EqualTo(expected));

    [Test]
    public void Rows_with_only_a_target_or_a_rating_are_not_data()
    {
        var rows = Months("2016-10", 1, 2, 3).Append(Row("2016/17 Q3", target: 10)).Append(Row("2016/17", rating: Rag.Green));
        var series = Build(rows);
        Assert.That(series.Granularity, Is.EqualTo(PeriodKind.Month));
        Assert.That(series.Points, Has.Count.EqualTo(3));
        Assert.That(_warnings, Is.Empty, "target and rating rows are not a second granularity");
    }

    [Test]
    public void No_figures_make_an_empty_series()
    {
        Assert.That(Build([Row("2016/17 Q3", target: 10)]).IsEmpty, Is.True);
        Assert.That(Build([]).IsEmpty, Is.True);
    }

    [Test]
    public void Mixed_granularities_keep_only_the_finest_and_warn()
    {
        var rows = Months("2016-10", 1, 2, 3).Append(Row("2016/17 Q3", 6)).Append(Row("2016/17", 20));
        var series = Build(rows);
        Assert.That(series.Granularity, Is.EqualTo(PeriodKind.Month));
        Assert.That(series.Points.Sum(p => p.Value), Is.EqualTo(6m), "the quarter and year are not counted again");
        Assert.That(_warnings.Single().Message, Is.EqualTo(
            "X: rows come monthly, quarterly and yearly; only the monthly rows are used, so nothing is counted twice "
            + "(give one granularity per indicator)"));
    }

    [Test]
    public void Duplicate_rows_that_agree_count_once()
    {
        var series = Build(Months("2016-10", 5).Concat(Months("2016-10", 5)));
        Assert.That(series.Points, Has.Count.EqualTo(1));
        Assert.That(_warnings, Is.Empty);
    }

    [Test]
    public void Duplicate_rows_that_disagree_are_not_used_and_warned_about()
    {
        var series = Build(Months("2016-10", 5, 6).Concat(Months("2016-10", 4)));
        Assert.That(series.Points.Select(p => p.Period.ToString()), Is.EqualTo(new[] { "2016-11" }));
        Assert.That(_warnings.Single().Message, Is.EqualTo(
            "X: the rows for 2016-10 disagree (4 and 5), so none of them is used and that period counts as having no data"));
    }

    [Test]
    public void A_ratio_ignores_value_only_rows_and_says_so()
    {
        var rows = new[] { Row("2016-10", num: 1, den: 2), Row("2016-11", value: 50), Row("2016-12", value: 40, num: 2, den: 5) };
        var series = Build(rows, Aggregation.Ratio, Unit.Percent);
        Assert.That(series.Points.Select(p => p.Period.ToString()), Is.EqualTo(new[] { "2016-10", "2016-12" }));
        Assert.That(series.Points.All(p => p.Value is null), Is.True, "a ratio row's value is ignored");
        Assert.That(_warnings.Single().Message, Does.Contain("the rows for 2016-11 give only a value and are not used"));
    }

    [Test]
    public void A_sum_reads_the_value_or_failing_it_the_rate()
    {
        var rows = new[] { Row("2016-10", value: 7, num: 1, den: 2), Row("2016-11", num: 1, den: 4) };
        var series = Build(rows, Aggregation.Mean, Unit.Percent);
        Assert.That(series.Points.Select(p => p.Value), Is.EqualTo(new decimal?[] { 7m, 25m }));
    }

    [Test]
    public void Points_come_in_time_order() =>
        Assert.That(
            Build(Months("2016-10", 1, 2, 3).Reverse()).Points.Select(p => p.Value),
            Is.EqualTo(new decimal?[] { 1m, 2m, 3m }));
}
