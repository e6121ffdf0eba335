using ReportGen.Core.Calculation;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Calculation;

public sealed class TargetResolverTests
{
    // Quarters 100, 150, 200, 250; months 10, 20 … 120 (cumulative 10, 30, 60 … 780).
    private static readonly decimal[] Ytd4 = [100, 250, 450, 700];
    private static readonly decimal[] Quarters4 = [100, 150, 200, 250];
    private static readonly decimal[] Months12 = [.. Enumerable.Range(1, 12).Select(i => 10m * i)];
    private static readonly decimal[] Ytd12 = [.. Enumerable.Range(1, 12).Select(i => 5m * i * (i + 1))];

    private static TargetSet Set(string form) => form switch
    {
        "ytd4" => new TargetSet(null, Ytd4, null),
        "quarters4" => new TargetSet(null, null, Quarters4),
        "annual" => Annual(1000),
        "annual1200" => Annual(1200),
        "ytd12" => new TargetSet(null, Ytd12, null),
        "months12" => new TargetSet(null, null, Months12),
        "ytd4+annual1200" => new TargetSet(1200, Ytd4, null),
        "ytd4+quarters4+annual" => new TargetSet(1000, Ytd4, Quarters4),
        "quarters4+annual" => new TargetSet(1000, null, Quarters4),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    // Quarter reports: the table of docs/calculation.md, row by row.
    [TestCase("ytd4", RatingBasis.Ytd, Aggregation.Sum, "2016/17 Q3", 450)] // ytd[q]
    [TestCase("ytd4", RatingBasis.Ytd, Aggregation.Ratio, "2016/17 Q3", 450)] // ytd[q] for every aggregation
    [TestCase("ytd4", RatingBasis.Period, Aggregation.Sum, "2016/17 Q3", 200)] // a count's quarter target is ytd[q] − ytd[q−1]
    [TestCase("ytd4", RatingBasis.Period, Aggregation.Sum, "2016/17 Q1", 100)] // ... and ytd[1] alone for Q1
    [TestCase("ytd4", RatingBasis.Period, Aggregation.Mean, "2016/17 Q3", 450)] // a level is not differenced
    [TestCase("quarters4", RatingBasis.Ytd, Aggregation.Sum, "2016/17 Q3", 450)] // a count's YTD target adds quarters 1..q
    [TestCase("quarters4", RatingBasis.Ytd, Aggregation.Ratio, "2016/17 Q3", 200)] // a rate's is quarters[q]
    [TestCase("quarters4", RatingBasis.Period, Aggregation.Sum, "2016/17 Q3", 200)] // quarters[q]
    [TestCase("quarters4", RatingBasis.Period, Aggregation.Latest, "2016/17 Q3", 200)] // a snapshot's quarter target likewise
    [TestCase("annual", RatingBasis.Ytd, Aggregation.Sum, "2016/17 Q3", 750)] // pro rata: annual × q ÷ 4
    [TestCase("annual", RatingBasis.Ytd, Aggregation.Ratio, "2016/17 Q3", 1000)] // a rate's target is the annual one
    [TestCase("annual", RatingBasis.Period, Aggregation.Sum, "2016/17 Q3", 250)] // annual ÷ 4
    [TestCase("annual", RatingBasis.Period, Aggregation.Mean, "2016/17 Q3", 1000)] // a mean's is the annual one
    [TestCase("ytd4+quarters4+annual", RatingBasis.Ytd, Aggregation.Ratio, "2016/17 Q3", 450)] // ytd comes first
    [TestCase("quarters4+annual", RatingBasis.Ytd, Aggregation.Ratio, "2016/17 Q3", 200)] // then quarters, then annual
    // Quarter reports from twelve-entry lists.
    [TestCase("ytd12", RatingBasis.Ytd, Aggregation.Sum, "2016/17 Q3", 450)] // the cumulative target at December
    [TestCase("months12", RatingBasis.Period, Aggregation.Sum, "2016/17 Q3", 240)] // October to December added
    [TestCase("months12", RatingBasis.Period, Aggregation.Ratio, "2016/17 Q3", 90)] // a rate's: the quarter's last month
    // Month reports: twelve-entry lists and twelfths.
    [TestCase("ytd12", RatingBasis.Ytd, Aggregation.Sum, "2016-12", 450)] // ytd[9]: December is the ninth month
    [TestCase("ytd12", RatingBasis.Period, Aggregation.Sum, "2016-12", 90)] // 450 − 360
    [TestCase("ytd12", RatingBasis.Period, Aggregation.Sum, "2016-04", 10)] // April: ytd[1] alone
    [TestCase("months12", RatingBasis.Ytd, Aggregation.Sum, "2016-12", 450)] // months 1..9 added
    [TestCase("months12", RatingBasis.Period, Aggregation.Sum, "2016-12", 90)] // months[9]
    [TestCase("months12", RatingBasis.Ytd, Aggregation.Mean, "2016-12", 90)] // a level's YTD target is the month's own
    [TestCase("annual1200", RatingBasis.Ytd, Aggregation.Sum, "2016-11", 800)] // 1200 × 8 ÷ 12
    [TestCase("annual1200", RatingBasis.Period, Aggregation.Sum, "2016-11", 100)] // 1200 ÷ 12
    [TestCase("ytd4", RatingBasis.Ytd, Aggregation.Sum, "2016-12", 450)] // a four-entry list serves a month that ends a quarter
    [TestCase("ytd4+annual1200", RatingBasis.Ytd, Aggregation.Sum, "2016-11", 800)] // ... but not November: annual pro rata
    public void A_target_set_gives_the_target_for_the_period(string form, RatingBasis basis, Aggregation aggregation, string period, decimal expected) =>
        Assert.That(TargetResolver.FromSet(Set(form), P(period), basis, aggregation), Is.EqualTo(expected));

    [TestCase("ytd4", RatingBasis.Ytd, "2016-11")] // a four-entry list does not serve a mid-quarter month
    [TestCase("quarters4", RatingBasis.Period, "2016-12")] // nor a single month's own target
    [TestCase("ytd4", RatingBasis.Period, "2016-12")] // nor a month's share of a cumulative list
    public void A_list_that_does_not_fit_the_period_gives_no_target(string form, RatingBasis basis, string period) =>
        Assert.That(TargetResolver.FromSet(Set(form), P(period), basis, Aggregation.Sum), Is.Null);

    [Test]
    public void A_January_year_reads_its_lists_from_January()
    {
        var set = new TargetSet(null, Ytd4, null);
        Assert.That(TargetResolver.FromSet(set, P("2017 Q1", 1), RatingBasis.Ytd, Aggregation.Sum), Is.EqualTo(100m));
        Assert.That(TargetResolver.FromSet(set, P("2017-05", 1), RatingBasis.Ytd, Aggregation.Sum), Is.Null, "May is mid Q2");
        Assert.That(TargetResolver.FromSet(set, P("2017-06", 1), RatingBasis.Ytd, Aggregation.Sum), Is.EqualTo(250m));
    }

    [Test]
    public void Only_the_reported_year_s_targets_are_used()
    {
        var definition = Indicator() with { Targets = Targets(Fy(2015), Annual(1000)) };
        Assert.That(TargetResolver.Resolve(definition, P("2016/17 Q3"), [], new List<Problem>()), Is.Null);
    }

    [Test]
    public void A_row_target_for_the_reported_period_overrides_the_definition()
    {
        var definition = Indicator() with { Targets = Targets(Fy(2016), new TargetSet(null, Ytd4, null)) };
        var rows = new[] { Row("2016/17 Q3", 4355, target: 12000), Row("2016/17 Q2", target: 9) };
        Assert.That(TargetResolver.Resolve(definition, P("2016/17 Q3"), rows, new List<Problem>()), Is.EqualTo(12000m));
    }

    [Test]
    public void The_target_s_source_is_the_row_that_gives_it_or_the_year_s_targets()
    {
        var yaml = new SourceLocation("indicators/safe.yaml", 12, 5);
        var csv = new SourceLocation("data/measures.csv", 40, 1);
        var definition = Indicator() with { Targets = Targets(Fy(2016), new TargetSet(null, Ytd4, null) { Source = yaml }) };
        var rows = new[] { Row("2016/17 Q3", 4355, target: 12000) with { Source = csv } };

        Assert.That(TargetResolver.Resolve(definition, P("2016/17 Q3"), rows, new List<Problem>(), out var fromRow), Is.EqualTo(12000m));
        Assert.That(fromRow, Is.EqualTo(csv));
        Assert.That(TargetResolver.Resolve(definition, P("2016/17 Q3"), [], new List<Problem>(), out var fromYaml), Is.EqualTo(450m));
        Assert.That(fromYaml, Is.EqualTo(yaml));
        Assert.That(TargetResolver.Resolve(definition, P("2017/18 Q3"), [], new List<Problem>(), out var none), Is.Null);
        Assert.That(none, Is.Null);
    }

    [Test]
    public void A_row_target_for_another_period_is_not_used()
    {
        var definition = Indicator() with { Targets = Targets(Fy(2016), new TargetSet(null, Ytd4, null)) };
        var rows = new[] { Row("2016/17 Q2", target: 9), Row("2016-12", target: 8) };
        Assert.That(TargetResolver.Resolve(definition, P("2016/17 Q3"), rows, new List<Problem>()), Is.EqualTo(450m));
    }

    [TestCase(RatingBasis.Ytd, Aggregation.Sum, 1500)] // a year row's target is annual: pro rata for a count's YTD
    [TestCase(RatingBasis.Period, Aggregation.Sum, 500)] // annual ÷ 4
    [TestCase(RatingBasis.Ytd, Aggregation.Ratio, 2000)] // a rate's annual target as it is
    public void A_row_target_for_the_financial_year_stands_for_annual(RatingBasis basis, Aggregation aggregation, decimal expected)
    {
        var definition = Indicator(aggregation) with
        {
            Rag = RagRule.Default with { Basis = basis },
            Targets = Targets(Fy(2016), new TargetSet(null, Ytd4, null)),
        };
        var rows = new[] { Row("2016/17", target: 2000) };
        Assert.That(TargetResolver.Resolve(definition, P("2016/17 Q3"), rows, new List<Problem>()), Is.EqualTo(expected));
    }

    [Test]
    public void Row_targets_that_disagree_are_not_used_and_warned_about()
    {
        var definition = Indicator() with { Targets = Targets(Fy(2016), Annual(1000)) };
        var rows = new[] { Row("2016/17 Q3", target: 12000), Row("2016/17 Q3", target: 11000) };
        var warnings = new List<Problem>();
        Assert.That(TargetResolver.Resolve(definition, P("2016/17 Q3"), rows, warnings), Is.EqualTo(750m));
        Assert.That(warnings.Single().Message, Is.EqualTo(
            "X: the rows for 2016/17 Q3 give different targets (11000 and 12000), so none of them is used; give one target per period"));
    }

    [Test]
    public void A_list_of_the_wrong_length_is_warned_about_and_passed_over()
    {
        var definition = Indicator() with { Targets = Targets(Fy(2016), new TargetSet(1000, [1, 2, 3], null)) };
        var warnings = new List<Problem>();
        Assert.That(TargetResolver.Resolve(definition, P("2016/17 Q3"), [], warnings), Is.EqualTo(750m));
        Assert.That(warnings.Single().Message, Does.StartWith("X: the 2016/17 ytd target list has 3 entries"));
    }
}
