using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Disclosure;

public sealed class PrimarySuppressionTests
{
    private static readonly Period Q3 = P("2016/17 Q3");

    // Twenty-one months from April 2015; October 2016 is the 19th.
    private static decimal[] MonthsWith(decimal october, decimal november = 20, decimal december = 20) =>
        [.. Enumerable.Repeat(20m, 18), october, november, december];

    private static IndicatorResult Apply(IndicatorDefinition definition, decimal[] months, DisclosureRules? rules = null) =>
        DisclosureControl.Apply(
            ReportCalculator.Calculate([definition], [.. MonthsOf(definition.Id, "2015-04", null, months)], Q3),
            rules ?? DisclosureRules.None).Indicators.Single();

    private static Aggregate Month(IndicatorResult result, string month) =>
        result.Series.Single(p => p.Period.ToString() == month).Figure;

    [TestCase(1, true)]   // the smallest count that identifies someone
    [TestCase(4, true)]   // just below the threshold
    [TestCase(5, false)]  // at the threshold: shown
    [TestCase(0, false)]  // a zero identifies no one, so it is shown unless the project says otherwise
    public void A_count_below_the_threshold_is_suppressed(int october, bool suppressed)
    {
        var result = Apply(Indicator() with { SuppressBelow = 5 }, MonthsWith(october));
        Assert.That(Month(result, "2016-10").Suppressed, Is.EqualTo(suppressed));
        Assert.That(Month(result, "2016-10").Value, Is.EqualTo(suppressed ? null : october));
    }

    [Test]
    public void Zeros_are_suppressed_when_the_project_says_so()
    {
        var result = Apply(Indicator(), MonthsWith(0), new DisclosureRules { SuppressBelow = 5, SuppressZeros = true });
        Assert.That(Month(result, "2016-10"), Is.EqualTo(Aggregate.Confidential));
    }

    [Test]
    public void The_project_s_threshold_applies_to_indicators_without_their_own()
    {
        var result = Apply(Indicator(), MonthsWith(7), new DisclosureRules { SuppressBelow = 10 });
        Assert.That(Month(result, "2016-10").Suppressed, Is.True);
    }

    [Test]
    public void An_indicator_s_own_threshold_overrides_the_project_s_and_0_turns_it_off()
    {
        var rules = new DisclosureRules { SuppressBelow = 10 };
        Assert.That(Month(Apply(Indicator() with { SuppressBelow = 5 }, MonthsWith(7), rules), "2016-10").Suppressed, Is.False);
        Assert.That(Month(Apply(Indicator() with { SuppressBelow = 0 }, MonthsWith(2), rules), "2016-10").Suppressed, Is.False);
    }

    [Test]
    public void Without_a_threshold_nothing_changes()
    {
        var results = ReportCalculator.Calculate([Indicator()], [.. MonthsOf("X", "2015-04", null, MonthsWith(1))], Q3);
        Assert.That(DisclosureControl.Apply(results, DisclosureRules.None), Is.SameAs(results));
    }

    [Test]
    public void An_edition_that_turns_disclosure_control_off_suppresses_nothing()
    {
        var result = Apply(Indicator() with { SuppressBelow = 5 }, MonthsWith(1), new DisclosureRules { Enabled = false });
        Assert.That(Month(result, "2016-10").Value, Is.EqualTo(1m));
    }

    [TestCase(Aggregation.Mean, Unit.Count)]      // an average is not a count of people
    [TestCase(Aggregation.Sum, Unit.Currency)]    // nor is money
    [TestCase(Aggregation.Sum, Unit.Days)]        // nor a number of days
    public void Figures_that_are_not_counts_are_never_suppressed(Aggregation aggregation, Unit unit)
    {
        var result = Apply(Indicator(aggregation, unit: unit) with { SuppressBelow = 5 }, MonthsWith(2));
        Assert.That(Month(result, "2016-10").Value, Is.EqualTo(2m));
    }

    [Test]
    public void A_rate_with_a_small_numerator_is_suppressed_with_its_parts()
    {
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent) with { SuppressBelow = 5 };
        var rows = Enumerable.Range(0, 21).Select(m => Row(Period.ForMonth(new YearMonth(2015, 4).AddMonths(m)).ToString(), num: m == 18 ? 3 : 30, den: 60));
        var result = DisclosureControl.Apply(ReportCalculator.Calculate([definition], [.. rows], Q3), DisclosureRules.None).Indicators.Single();
        var october = Month(result, "2016-10");
        Assert.That(october, Is.EqualTo(Aggregate.Confidential));
        Assert.That((october.Numerator, october.Denominator), Is.EqualTo(((decimal?)null, (decimal?)null)));
    }

    [Test]
    public void A_rate_with_a_small_denominator_is_suppressed_even_when_its_numerator_is_zero()
    {
        var definition = Indicator(Aggregation.Ratio, unit: Unit.Percent) with { SuppressBelow = 5 };
        var rows = Enumerable.Range(0, 21).Select(m => Row(Period.ForMonth(new YearMonth(2015, 4).AddMonths(m)).ToString(), num: 0, den: m == 18 ? 2 : 60));
        var result = DisclosureControl.Apply(ReportCalculator.Calculate([definition], [.. rows], Q3), DisclosureRules.None).Indicators.Single();
        Assert.That(Month(result, "2016-10").Suppressed, Is.True);
    }
}
