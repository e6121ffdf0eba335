using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests.Definitions;

/// <summary>Reading one file's indicator definitions from text: every key of contract section 3.</summary>
public sealed class IndicatorParseTests
{
    private static (IndicatorDefinition[] Definitions, string[] Problems) Parse(string yaml, int startMonth = 4)
    {
        var problems = new ProblemList();
        var found = IndicatorLoader.Parse(yaml, "indicators/x.yaml", startMonth, problems);
        return (found.Select(f => f.Definition).ToArray(), Problems.Lines(problems.All));
    }

    private static IndicatorDefinition One(string yaml)
    {
        var (definitions, problems) = Parse(yaml);
        Assert.That(problems, Is.Empty);
        return definitions.Single();
    }

    private static string[] ProblemsOf(string yaml) => Parse(yaml).Problems;

    [Test]
    public void The_contract_example_is_read_in_full()
    {
        var definition = One("""
            id: CSP1
            title: Total notifiable offences
            unit: count
            polarity: lower
            aggregation: sum
            decimals: 0
            targets:
              "2016/17":
                annual: 16500
                ytd: [4125, 8250, 12375, 16500]
            tolerance: 5%
            rag:
              method: tolerance
              basis: ytd
            goal: SAFE
            description: All crime recorded by the police.
            dot_threshold: 10
            info:
              reference: CSP1
              data source: Police.uk
            """);
        Assert.That(definition.Id, Is.EqualTo("CSP1"));
        Assert.That(definition.Title, Is.EqualTo("Total notifiable offences"));
        Assert.That(definition.Unit, Is.EqualTo(Unit.Count));
        Assert.That(definition.Polarity, Is.EqualTo(Polarity.Lower));
        Assert.That(definition.Aggregation, Is.EqualTo(Aggregation.Sum));
        var targets = definition.Targets[new FinancialYear(2016)];
        Assert.That(targets.Annual, Is.EqualTo(16500m));
        Assert.That(targets.Ytd, Is.EqualTo(new[] { 4125m, 8250m, 12375m, 16500m }));
        Assert.That(targets.Periods, Is.Null);
        Assert.That(definition.Tolerance, Is.EqualTo(new Tolerance(ToleranceKind.PercentOfTarget, 5m)));
        Assert.That((definition.Rag.Method, definition.Rag.Basis, definition.Rag.RedIfWorsening), Is.EqualTo((RagMethod.Tolerance, RatingBasis.Ytd, false)));
        Assert.That(definition.Rag.Bands, Is.Empty);
        Assert.That(definition.Goal, Is.EqualTo("SAFE"));
        Assert.That(definition.Description, Is.EqualTo("All crime recorded by the police."));
        Assert.That(definition.DotThreshold, Is.EqualTo(10m));
        Assert.That(definition.Attributes.Keys, Is.EqualTo(new[] { "reference", "data source" }));
        Assert.That(definition.Attributes["data source"], Is.EqualTo("Police.uk"));
    }

    [Test]
    public void Keys_left_out_take_the_defaults_of_IndicatorDefinition()
    {
        var definition = One("id: X1\ntitle: Something\n");
        var defaults = new IndicatorDefinition("X1", "Something");
        Assert.That((definition.Unit, definition.Polarity, definition.Aggregation, definition.Decimals, definition.Tolerance, definition.Rag, definition.Range, definition.DotThreshold),
            Is.EqualTo((defaults.Unit, defaults.Polarity, defaults.Aggregation, defaults.Decimals, defaults.Tolerance, defaults.Rag, defaults.Range, defaults.DotThreshold)));
        Assert.That(definition.Targets, Is.Empty);
        Assert.That(definition.Attributes, Is.Empty);
    }

    [Test]
    public void A_file_may_hold_a_list_of_definitions_read_in_order()
    {
        var (definitions, problems) = Parse("- id: B\n  title: b\n- id: A\n  title: a\n");
        Assert.That(problems, Is.Empty);
        Assert.That(definitions.Select(d => d.Id), Is.EqualTo(new[] { "B", "A" }));
    }

    [Test]
    public void Percent_indicators_take_numbers_with_a_percent_sign()
    {
        var definition = One("""
            id: MARAC
            title: Repeat MARAC referrals
            unit: percent
            polarity: band
            aggregation: ratio
            range: ["28%", 40]
            tolerance: 2pp
            targets:
              2016/17: { quarters: ["28%", 28, 28.5%, 30] }
            """);
        Assert.That(definition.Range, Is.EqualTo(new TargetRange(28m, 40m)));
        Assert.That(definition.Tolerance, Is.EqualTo(new Tolerance(ToleranceKind.PercentagePoints, 2m)));
        Assert.That(definition.Targets[new FinancialYear(2016)].Periods, Is.EqualTo(new[] { 28m, 28m, 28.5m, 30m }));
    }

    [TestCase("5%", ToleranceKind.PercentOfTarget, 5)] // a percentage of the target
    [TestCase("100", ToleranceKind.Absolute, 100)] // an absolute amount
    [TestCase("1,000", ToleranceKind.Absolute, 1000)] // thousands separators as in the packs
    [TestCase("0.5", ToleranceKind.Absolute, 0.5)] // a fractional amount
    public void Tolerances_are_read_by_their_suffix(string text, ToleranceKind kind, decimal amount) =>
        Assert.That(One($"id: X\ntitle: x\ntolerance: {text}\n").Tolerance, Is.EqualTo(new Tolerance(kind, amount)));

    [Test]
    public void A_range_may_be_a_map_with_one_open_end() =>
        Assert.That(One("id: X\ntitle: x\npolarity: band\nrange: {min: 28}\n").Range, Is.EqualTo(new TargetRange(28m, null)));

    [Test]
    public void Months_targets_become_the_period_targets_of_twelve_entries()
    {
        var definition = One("id: X\ntitle: x\ntargets:\n  2016/17:\n    months: [1,2,3,4,5,6,7,8,9,10,11,12]\n    ytd: [1,3,6,10,15,21,28,36,45,55,66,78]\n");
        var set = definition.Targets[new FinancialYear(2016)];
        Assert.That(set.Periods, Has.Count.EqualTo(12));
        Assert.That(set.Ytd, Has.Count.EqualTo(12));
    }

    [Test]
    public void Target_years_follow_the_projects_financial_year_start()
    {
        var (definitions, problems) = Parse("id: X\ntitle: x\ntargets:\n  2016: {annual: 5}\n", startMonth: 1);
        Assert.That(problems, Is.Empty);
        Assert.That(definitions.Single().Targets.Keys, Is.EqualTo(new[] { new FinancialYear(2016, 1) }));
    }

    [Test]
    public void Bands_are_read_best_first_with_their_labels()
    {
        var definition = One("""
            id: SAT
            title: Victim satisfaction
            unit: percent
            rag:
              method: bands
              basis: period
              red_if_worsening: true
              bands:
                - { rating: Green, label: Satisfactory, min: 85% }
                - { rating: A, label: Close monitoring, min: 80 }
                - { rating: red, label: Requires action }
            """);
        Assert.That(definition.Rag, Is.EqualTo(new RagRule(RagMethod.Bands, RatingBasis.Period, definition.Rag.Bands, true)));
        Assert.That(definition.Rag.Bands, Is.EqualTo(new[]
        {
            new RagBand(Rag.Green, "Satisfactory", 85m, null),
            new RagBand(Rag.Amber, "Close monitoring", 80m, null),
            new RagBand(Rag.Red, "Requires action", null, null),
        }));
    }

    [Test]
    public void The_manual_method_is_read() =>
        Assert.That(One("id: X\ntitle: x\nrag: {method: manual}\n").Rag.Method, Is.EqualTo(RagMethod.Manual));

    [TestCase("frequency: annual\n", ReportingFrequency.Annual)] // reported once a year
    [TestCase("frequency: Quarterly\n", ReportingFrequency.Quarterly)] // words in any case, as other choices
    [TestCase("", null)] // without it, due in every period
    public void The_frequency_is_read(string line, ReportingFrequency? expected) =>
        Assert.That(One($"id: X\ntitle: x\n{line}").Frequency, Is.EqualTo(expected));

    [Test]
    public void Display_control_is_read()
    {
        var definition = One("id: X\ntitle: x\nunit: currency\ndecimals: 0\ntarget_decimals: 2\nmoney: full\n");
        Assert.That((definition.Decimals, definition.TargetDecimals, definition.Money), Is.EqualTo((0, (int?)2, MoneyStyle.Full)));
    }

    [Test]
    public void Without_display_control_targets_follow_decimals_and_money_is_auto()
    {
        var definition = One("id: X\ntitle: x\nunit: currency\n");
        Assert.That((definition.TargetDecimals, definition.Money), Is.EqualTo(((int?)null, MoneyStyle.Auto)));
    }
}
