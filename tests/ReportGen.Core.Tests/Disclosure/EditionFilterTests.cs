using ReportGen.Core.Calculation;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Disclosure;

public sealed class EditionFilterTests
{
    private static ReportResults Results()
    {
        var year = Fy(2016);
        IndicatorDefinition Rated(string id, bool restricted) => Indicator(id: id) with
        {
            Restricted = restricted,
            Targets = Targets(year, new TargetSet(1000m, [250m, 500m, 750m, 1000m], null)),
        };

        // SECRET: 75 by Q3 against a target of 750, and falling: Red. OPEN: 100 a month, Green.
        var rows = MonthsOf("OPEN", "2016-04", null, [.. Enumerable.Repeat(100m, 9)])
            .Concat(MonthsOf("SECRET", "2016-04", null, 10, 10, 10, 10, 10, 10, 5, 5, 5));
        return ReportCalculator.Calculate([Rated("OPEN", false), Rated("SECRET", true)], [.. rows], P("2016/17 Q3"));
    }

    [Test]
    public void The_public_edition_leaves_restricted_indicators_out_and_counts_the_ratings_again()
    {
        var results = EditionFilter.For(Results(), EditionKind.Public);
        Assert.That(results.Indicators.Select(r => r.Definition.Id), Is.EqualTo(new[] { "OPEN" }));
        Assert.That(results.Summary, Is.EqualTo(new RagSummary(Red: 0, Amber: 0, Green: 1, None: 0)));
    }

    [Test]
    public void The_restricted_edition_keeps_everything()
    {
        var all = Results();
        Assert.That(EditionFilter.For(all, EditionKind.Restricted), Is.SameAs(all));
        Assert.That(all.Summary.Red, Is.EqualTo(1));
    }

    [Test]
    public void Only_the_public_edition_leaves_anything_out()
    {
        var definitions = Results().Indicators.Select(r => r.Definition).ToList();
        Assert.That(EditionFilter.LeftOut(definitions, EditionKind.Public), Is.EquivalentTo(new[] { "SECRET" }));
        Assert.That(EditionFilter.LeftOut(definitions, EditionKind.Restricted), Is.Empty);
    }
}
