using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests.Definitions;

/// <summary><c>targets: { by: { Havering: … } }</c>: each breakdown group's own targets, read as the years are, every mistake a line at its place.</summary>
public sealed class GroupTargetsKeysTests
{
    private static (IndicatorDefinition[] Definitions, string[] Problems) Parse(string yaml)
    {
        var problems = new ProblemList();
        var found = IndicatorLoader.Parse(yaml, "x.yaml", 4, problems);
        return (found.Select(f => f.Definition).ToArray(), Problems.Lines(problems.All));
    }

    [Test]
    public void Each_group_has_its_own_targets_beside_the_areas()
    {
        var (definitions, problems) = Parse("""
            id: ALL
            title: All crime
            targets:
              "2016/17": { annual: 4300, ytd: [1075, 2150, 3225, 4300] }
              by:
                Havering: { "2016/17": { annual: 1250, ytd: [313, 625, 938, 1250] } }
                "Barking and Dagenham":
                  "2016/17": { quarters: [360, 360, 365, 365] }
                  "2015/16": { annual: 1400 }
            """);
        Assert.That(problems, Is.Empty);
        var definition = definitions.Single();
        var year = new FinancialYear(2016);
        Assert.That(definition.Targets.Keys, Is.EqualTo(new[] { year }), "by: is not a year");
        Assert.That(definition.Targets[year].Annual, Is.EqualTo(4300m));
        Assert.That(definition.GroupTargets.Keys, Is.EquivalentTo(new[] { "Havering", "Barking and Dagenham" }));
        Assert.That(definition.GroupTargets["Havering"][year].Ytd, Is.EqualTo(new[] { 313m, 625m, 938m, 1250m }));
        Assert.That(definition.GroupTargets["Barking and Dagenham"][year].Periods, Is.EqualTo(new[] { 360m, 360m, 365m, 365m }));
        Assert.That(definition.GroupTargets["Barking and Dagenham"][new FinancialYear(2015)].Annual, Is.EqualTo(1400m));
    }

    [Test]
    public void Without_by_there_are_no_group_targets() =>
        Assert.That(Parse("id: X\ntitle: x\ntargets:\n  \"2016/17\": { annual: 10 }\n").Definitions.Single().GroupTargets, Is.Empty);

    [TestCase("by: [Havering]", "x.yaml:4:7: 'targets: by' must be a map of keys and values, not a list")] // a list of names, no targets
    [TestCase("by:\n    Havering: { \"2016-17\": { annual: 5 } }", "x.yaml:5:17:")] // a year as the targets take it
    [TestCase("by:\n    Havering: { \"2016/17\": { anual: 5 } }", "x.yaml:5:30: 'anual' is not a key of the targets for 2016/17; did you mean 'annual'?")] // a typo inside a group's year
    [TestCase("by:\n    Havering: { \"2016/17\": { annual: 5 } }\n    Havering: { \"2016/17\": { annual: 6 } }", "x.yaml:6:5:")] // a group twice
    [TestCase("by:\n    Havering: { by: { X: { \"2016/17\": { annual: 5 } } } }", "x.yaml:5:5: the targets for the group 'Havering' have a 'by:' of their own; give them by financial year only")] // groups within groups
    public void Mistakes_are_one_line_at_their_place(string lines, string expected)
    {
        var problems = Parse($"id: X\ntitle: x\ntargets:\n  {lines}\n").Problems;
        Assert.That(problems, Has.Length.EqualTo(1), string.Join("\n", problems));
        Assert.That(problems[0], Does.StartWith(expected));
    }
}
