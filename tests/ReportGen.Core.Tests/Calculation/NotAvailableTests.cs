using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>
/// A row whose figure the data wrote as a "no value" marker ("Not available", "[x]") gives the blank figures whose
/// span holds it that marker, as the reason they are blank; a figure that is there, or blank for want of a row, has none.
/// </summary>
public sealed class NotAvailableTests
{
    private static Observation Marked(string period, string marker) => Row(period) with { NotAvailable = marker };

    [Test]
    public void The_reported_quarter_marked_not_available_is_blank_with_its_reason()
    {
        var rows = new[] { Row("2016/17 Q2", 5), Marked("2016/17 Q3", "Not available") };
        var result = ReportCalculator.Calculate([Indicator()], rows, P("2016/17 Q3")).Indicators.Single();
        Assert.Multiple(() =>
        {
            Assert.That((result.Period.Value, result.Period.NotAvailable), Is.EqualTo(((decimal?)null, "Not available")));
            Assert.That(result.Ytd.NotAvailable, Is.EqualTo("Not available"), "the year to date holds the marked quarter");
            Assert.That((result.PreviousPeriod.Value, result.PreviousPeriod.NotAvailable), Is.EqualTo(((decimal?)5, (string?)null)), "a figure that is there has no reason");
            Assert.That(result.SamePeriodLastYear.NotAvailable, Is.Null, "blank for want of a row: no reason");
        });
    }

    [Test]
    public void The_previous_quarter_s_marker_goes_to_the_previous_figure_only()
    {
        var rows = new[] { Marked("2016/17 Q2", "[x]"), Row("2016/17 Q3", 7) };
        var result = ReportCalculator.Calculate([Indicator()], rows, P("2016/17 Q3")).Indicators.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.PreviousPeriod.NotAvailable, Is.EqualTo("[x]"));
            Assert.That(result.Period.NotAvailable, Is.Null);
            Assert.That(result.DotShort, Is.Null, "no earlier figure, no direction");
        });
    }

    [Test]
    public void A_breakdown_group_s_marker_is_not_the_reason_for_the_whole() =>
        Assert.That(
            ReportCalculator.Calculate([Indicator()], [Row("2016/17 Q2", 5), Marked("2016/17 Q3", "N/A") with { Breakdown = "Male" }], P("2016/17 Q3"))
                .Indicators.Single().Period.NotAvailable,
            Is.Null);
}
