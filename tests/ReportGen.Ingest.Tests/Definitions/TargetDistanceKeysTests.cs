using ReportGen.Core.Indicators;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests.Definitions;

/// <summary><c>rag: {method: target_distance, amber_within, green_within}</c> read, and every mistake in it a line at its place.</summary>
public sealed class TargetDistanceKeysTests
{
    private static (IndicatorDefinition[] Definitions, string[] Problems) Parse(string yaml)
    {
        var problems = new ProblemList();
        var found = IndicatorLoader.Parse(yaml, "x.yaml", 4, problems);
        return (found.Select(f => f.Definition).ToArray(), Problems.Lines(problems.All));
    }

    private static IndicatorDefinition One(string yaml)
    {
        var (definitions, problems) = Parse(yaml);
        Assert.That(problems, Is.Empty);
        return definitions.Single();
    }

    [Test]
    public void The_contract_example_is_read()
    {
        var rule = One("id: X\ntitle: x\nrag:\n  method: target_distance\n  amber_within: 10%\n  green_within: 0\n  basis: period\n").Rag;
        Assert.That(
            (rule.Method, rule.Basis, rule.AmberWithin, rule.GreenWithin),
            Is.EqualTo((RagMethod.TargetDistance, RatingBasis.Period, new Tolerance(ToleranceKind.PercentOfTarget, 10), new Tolerance(ToleranceKind.Absolute, 0))));
    }

    [TestCase("unit: percent\nrag: {method: target_distance, amber_within: 5pp}", ToleranceKind.PercentagePoints, 5)] // points, for a percent indicator
    [TestCase("rag: {method: target_distance, amber_within: 250}", ToleranceKind.Absolute, 250)] // an amount in the unit
    [TestCase("rag: {method: target_distance, amber_within: '1,250'}", ToleranceKind.Absolute, 1250)] // a thousands separator, as figures are written
    [TestCase("rag: {method: target_distance, amber_within: 12.5%}", ToleranceKind.PercentOfTarget, 12.5)] // a share of the target
    public void Amber_within_takes_the_three_forms(string lines, ToleranceKind kind, decimal amount)
    {
        var rule = One($"id: X\ntitle: x\n{lines}\n").Rag;
        Assert.That((rule.AmberWithin, rule.GreenWithin), Is.EqualTo((new Tolerance(kind, amount), (Tolerance?)null)));
    }

    [TestCase("rag: {method: target_distance}", "x.yaml:3:15: method target_distance needs 'amber_within', how far short of the target is still Amber, such as amber_within: 10% (of the target), 5pp or 250 (in the indicator's unit)")] // the rule means nothing without its allowance
    [TestCase("rag: {method: target_distance, amber_within: ten}", "x.yaml:3:46: 'amber_within' is 'ten'; write 5% (of the target), an amount in the unit such as 100, or 2pp (percentage points, for percent indicators)")] // words are not an amount
    [TestCase("rag: {method: target_distance, amber_within: -10%}", "x.yaml:3:46: 'amber_within' is '-10%', which is negative; write how far short of the target is still Amber, such as 10%")] // a negative allowance
    [TestCase("rag: {method: target_distance, amber_within: 5pp}", "x.yaml:3:46: 'amber_within' is '5pp', in percentage points, which only an indicator of unit percent has; write 5% (of the target) or an amount such as 100")] // points only for percent indicators
    [TestCase("rag: {method: target_distance, amber_within: 10%, green_within: -1}", "x.yaml:3:65: 'green_within' is '-1', which is negative; write how far short of the target is still Green, such as 0 (the target must be met) or 2%")] // green_within checked the same way
    [TestCase("rag: {method: target_distance, amber_within: 10%, green_within: 15%}", "x.yaml:3:65: 'green_within' is 15%, more than 'amber_within' 10%, so nothing could be Amber; make green_within no more than amber_within")] // a rule that could never give Amber
    [TestCase("rag: {method: target_distance, amber_within: [10%]}", "x.yaml:3:46: 'amber_within' must be text, not a list")] // a list where one amount goes
    [TestCase("rag: {amber_within: 10%}", "x.yaml:3:21: warning: 'amber_within' is only used by method target_distance; remove it or set method: target_distance")] // an allowance the tolerance rule would ignore
    [TestCase("tolerance: 5%\nrag: {method: target_distance, amber_within: 10%}", "x.yaml:3:12: warning: 'tolerance' is not used by method target_distance, which rates by 'amber_within' and 'green_within' under 'rag'; remove it")] // a tolerance that would be ignored
    [TestCase("rag: {method: target_distance, amber_within: 10%, green_witin: 5%}", "x.yaml:3:51: 'green_witin' is not a key of 'rag'; did you mean 'green_within'?")] // a typo of the key is caught, not ignored
    public void Mistakes_are_one_line_at_their_place(string lines, string expected) =>
        Assert.That(Parse($"id: X\ntitle: x\n{lines}\n").Problems, Is.EqualTo(new[] { expected }));

    [Test]
    public void Green_within_in_another_form_than_amber_within_is_allowed()
    {
        // 2% of the target against an amount of 250 cannot be compared until the target is known; both are kept.
        var rule = One("id: X\ntitle: x\nrag: {method: target_distance, amber_within: 250, green_within: 2%}\n").Rag;
        Assert.That(rule.GreenWithin, Is.EqualTo(new Tolerance(ToleranceKind.PercentOfTarget, 2)));
    }
}
