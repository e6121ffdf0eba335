using ReportGen.Core.Indicators;
using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests.Definitions;

/// <summary><c>spc:</c> read into the engine's settings, every value checked at its line and column first.</summary>
public sealed class SpcKeysTests
{
    private static (IndicatorDefinition? Definition, string[] Problems) Parse(string spc, string head = "")
    {
        var problems = new ProblemList();
        var found = IndicatorLoader.Parse($"id: X\ntitle: x\n{head}spc:\n{spc}", "x.yaml", 4, problems);
        return (found.Select(f => f.Definition).SingleOrDefault(), Problems.Lines(problems.All));
    }

    [Test]
    public void Every_key_of_the_contract_and_the_worsening_alert_is_read()
    {
        var (definition, problems) = Parse("""
              improvement: lower
              fix_after: 12
              rebase: ["2016-04", "2017/18 Q1"]
              shift_length: 6
              trend_length: 6
              screen_outliers: false
              target: 9
              worsening_alert: { moves: 4, beyond: near_limit }
            """);
        var spc = definition!.Spc!;
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(spc.Improvement, Is.EqualTo(SpcImprovement.Lower));
            Assert.That(spc.FixAfter, Is.EqualTo(12));
            Assert.That(spc.Rebase, Is.EqualTo(new[] { "2016-04", "2017/18 Q1" })); // as the series writes them
            Assert.That((spc.ShiftLength, spc.TrendLength, spc.ScreenOutliers, spc.Target), Is.EqualTo((6, 6, false, (decimal?)9m)));
            Assert.That(spc.WorseningAlert, Is.EqualTo(new SpcWorseningAlert(4, SpcLevel.NearLimit)));
        });
    }

    [Test]
    public void An_empty_map_is_the_package_s_defaults()
    {
        var (definition, problems) = Parse("  {}\n");
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(definition!.Spc, Is.EqualTo(SpcSettings.Default with { Rebase = definition.Spc!.Rebase }));
            Assert.That(definition.Spc!.Rebase, Is.Empty);
        });
    }

    [Test]
    public void The_alert_s_line_defaults_to_the_mean() =>
        Assert.That(Parse("  worsening_alert: { moves: 4 }\n").Definition!.Spc!.WorseningAlert, Is.EqualTo(new SpcWorseningAlert(4, SpcLevel.Mean)));

    [TestCase("  fix_after: 1\n", "x.yaml:4:14: 'fix_after' is '1'; write a whole number from 2 to 1000")] // limits need two points for a moving range
    [TestCase("  shift_length: 1\n", "x.yaml:4:17: 'shift_length' is '1'; write a whole number from 2 to 100")] // a run of one is every point
    [TestCase("  trend_length: 0\n", "x.yaml:4:17: 'trend_length' is '0'; write a whole number from 2 to 100")] // nor can a trend be
    [TestCase("  screen_outliers: sometimes\n", "x.yaml:4:20: 'screen_outliers' is 'sometimes'; write true or false")] // a switch
    [TestCase("  target: 28%\n", "x.yaml:4:11: 'target' is '28%', but only an indicator of unit percent takes a % sign; write 28")] // a count's target has no % sign
    [TestCase("  rebase: 2016-13\n", "x.yaml:4:11: '2016-13' has month 13; months run from 01 to 12")] // a single rebase period, checked
    [TestCase("  worsening_alert: { moves: 0 }\n", "x.yaml:4:29: 'moves' is '0'; write a whole number from 1 to 100")] // an alert needs a move
    [TestCase("  worsening_alert: { beyond: mean }\n", "x.yaml:4:20: 'moves' is missing; say how many worsening moves in a row raise the alert, such as moves: 4")] // and must say how many
    [TestCase("  worsening_alert: { moves: 4, beyond: control }\n", "x.yaml:4:40: 'beyond' is 'control'; write 'mean', 'near_limit' or 'limit'")] // the lines of the chart
    [TestCase("  worsening_alert: { moves: 4, above: mean }\n", "x.yaml:4:32: 'above' is not a key of 'worsening_alert'; the keys are moves, beyond")] // a wrong key inside the alert
    [TestCase("  improvment: lower\n", "x.yaml:4:3: 'improvment' is not a key of 'spc'; did you mean 'improvement'?")] // a typo
    public void A_value_the_engine_would_refuse_is_a_problem_at_its_place(string spc, string expected) =>
        Assert.That(Parse(spc).Problems, Is.EqualTo(new[] { expected }));

    [Test]
    public void Spc_as_a_list_is_an_error_and_leaves_the_defaults()
    {
        var (definition, problems) = Parse("  - 12\n");
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.EqualTo(new[] { "x.yaml:4:3: 'spc' must be a map of keys and values, not a list" }));
            Assert.That(definition!.Spc, Is.SameAs(SpcSettings.Default));
        });
    }
}
