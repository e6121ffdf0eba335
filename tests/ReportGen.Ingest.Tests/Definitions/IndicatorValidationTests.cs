using ReportGen.Ingest.Text;

namespace ReportGen.Ingest.Tests.Definitions;

/// <summary>Every check of an indicator definition, with the exact line a user sees.</summary>
public sealed class IndicatorValidationTests
{
    private static string[] ProblemsOf(string yaml)
    {
        var problems = new ProblemList();
        IndicatorLoader.Parse(yaml, "x.yaml", 4, problems);
        return Problems.Lines(problems.All);
    }

    [TestCase("id: X\ntitle: x\npolarty: lower\n", "x.yaml:3:1: 'polarty' is not a key of an indicator; did you mean 'polarity'?")] // a typo gets a suggestion
    [TestCase("id: X\ntitle: x\nowner: Jo\n", "x.yaml:3:1: 'owner' is not a key of an indicator; the keys are id, title, unit, polarity, aggregation, decimals, targets, tolerance, rag, range, dot_threshold, goal, description, info, spc, type, cumulative_from, allowed_lag, rank, equality_gap, survey, suppress_below, restricted, frequency, target_decimals, money")] // nothing close: list them
    [TestCase("title: x\n", "x.yaml:1:1: 'id' is missing; give the indicator an id, such as id: CSP1")] // no id
    [TestCase("id: X\n", "x.yaml:1:1: 'title' is missing; give the indicator a title, such as title: Total notifiable offences")] // no title
    [TestCase("id:\ntitle: x\n", "x.yaml:1:1: 'id' is empty; give the indicator an id, such as id: CSP1")] // an id key with nothing after it
    [TestCase("id: CSP 1\ntitle: x\n", "x.yaml:1:5: the id 'CSP 1' has characters other than letters, digits, '-', '_' and '.'; write it like CSP1")] // an id with a space could not be matched in CSV or commentary
    [TestCase("id: [X]\ntitle: x\n", "x.yaml:1:5: 'id' must be text, not a list")] // wrong type
    [TestCase("id: X\ntitle: x\nunit: percentage\n", "x.yaml:3:7: 'unit' is 'percentage'; write 'count', 'percent', 'number', 'days' or 'currency'")] // a near miss of an enum value
    [TestCase("id: X\ntitle: x\npolarity: up\n", "x.yaml:3:11: 'polarity' is 'up'; write 'higher', 'lower', 'band' or 'neutral'")] // polarity words
    [TestCase("id: X\ntitle: x\naggregation: average\n", "x.yaml:3:14: 'aggregation' is 'average'; write 'sum', 'ratio', 'latest' or 'mean'")] // a word with no near match lists the allowed ones
    [TestCase("id: X\ntitle: x\naggregation: sun\n", "x.yaml:3:14: 'aggregation' is 'sun'; write 'sum', 'ratio', 'latest' or 'mean'; did you mean 'sum'?")] // a typo gets a suggestion too
    [TestCase("id: X\ntitle: x\nfrequency: yearly\n", "x.yaml:3:12: 'frequency' is 'yearly'; write 'monthly', 'quarterly' or 'annual'")] // how often, in the three words a definition takes
    [TestCase("id: X\ntitle: x\ntarget_decimals: 11\n", "x.yaml:3:18: 'target_decimals' is '11'; write a whole number from 0 to 10")] // the target's decimals are checked as decimals are
    [TestCase("id: X\ntitle: x\nunit: currency\nmoney: thousands\n", "x.yaml:4:8: 'money' is 'thousands'; write 'auto', 'full' or 'millions'")] // money has three styles
    [TestCase("id: X\ntitle: x\nmoney: full\n", "x.yaml:3:8: warning: 'money' is only used by unit currency; remove it or set unit: currency")] // a style a count would ignore
    [TestCase("id: X\ntitle: x\ndecimals: 1.5\n", "x.yaml:3:11: 'decimals' is '1.5'; write a whole number from 0 to 10")] // decimals are whole
    [TestCase("id: X\ntitle: x\ndot_threshold: -1\n", "x.yaml:3:16: 'dot_threshold' is -1; write how large a difference still counts as the same, such as 0.5")] // a negative threshold means nothing
    [TestCase("id: X\ntitle: x\ninfo: [a]\n", "x.yaml:3:7: 'info' must be a map of keys and values, not a list")] // info must be a map
    [TestCase("id: X\ntitle: x\ninfo: {lead: [a, b]}\n", "x.yaml:3:14: 'info: lead' must be text, not a list")] // info values are text
    public void Keys_and_values_are_checked(string yaml, string expected) =>
        Assert.That(ProblemsOf(yaml), Is.EqualTo(new[] { expected }));

    [TestCase("targets: {2016/17: {ytd: [1, 2, 3]}}", "x.yaml:3:26: 'ytd' has 3 entries; give 4 (cumulative at the end of each quarter) or 12 (at the end of each month)")] // ytd is per quarter or per month
    [TestCase("targets: {2016/17: {quarters: [1, 2, 3, 4, 5]}}", "x.yaml:3:31: 'quarters' has 5 entries; give 4, one for each quarter")] // one quarter too many
    [TestCase("targets: {2016/17: {months: [1]}}", "x.yaml:3:29: 'months' has 1 entry; give 12, one for each month of the financial year")] // months need all twelve
    [TestCase("targets: {2016/17: {quarters: [1,2,3,4], months: [1,2,3,4,5,6,7,8,9,10,11,12]}}", "x.yaml:3:50: the targets for 2016/17 give both 'quarters' and 'months'; give one of them")] // two ways of saying the same targets would disagree
    [TestCase("targets: {2016/17: {}}", "x.yaml:3:20: the targets for 2016/17 are empty; give annual, ytd, quarters or months")] // a year with nothing in it
    [TestCase("targets: {2016/17: {anual: 5}}", "x.yaml:3:21: 'anual' is not a key of the targets for 2016/17; did you mean 'annual'?")] // a typo inside a year
    [TestCase("targets: {2016-17: {annual: 5}}", "x.yaml:3:11: '2016-17' is not a financial year; expected the form 2016/17 (targets are given by financial year)")] // the data separator is not the year separator
    [TestCase("targets: {2016/18: {annual: 5}}", "x.yaml:3:11: '2016/18' is not a financial year: 2016 is followed by 17, as in 2016/17 (targets are given by financial year)")] // years must follow on
    [TestCase("targets: {2016/17: {annual: 5}, 2016/2017: {annual: 6}}", "x.yaml:3:33: the targets for 2016/17 are given twice (first at line 3); keep one")] // the same year written two ways
    [TestCase("targets: {2016/17: {annual: lots}}", "x.yaml:3:29: 'annual' is 'lots', which is not a number; write a number such as 13,143 or 28.8%")] // a target must be a number
    [TestCase("targets: {2016/17: {annual: 28%}}", "x.yaml:3:29: 'annual' is '28%', but only an indicator of unit percent takes a % sign; write 28")] // a count cannot be a percentage
    [TestCase("targets: {2016/17: {ytd: [1, ~, 3, 4]}}", "x.yaml:3:30: an entry of 'ytd' is empty; write a number such as 13,143 or 28.8%")] // a hole in a list would shift every later target
    [TestCase("targets: [1, 2]", "x.yaml:3:10: 'targets' must be a map of keys and values, not a list")] // targets are keyed by year
    public void Targets_are_checked(string targets, string expected) =>
        Assert.That(ProblemsOf($"id: X\ntitle: x\n{targets}\n"), Is.EqualTo(new[] { expected }));

    [TestCase("tolerance: 2pp", "x.yaml:3:12: 'tolerance' is '2pp', in percentage points, which only an indicator of unit percent has; write 5% (of the target) or an amount such as 100")] // percentage points only for percent
    [TestCase("tolerance: -5%", "x.yaml:3:12: 'tolerance' is '-5%', which is negative; write how far from the target still counts as on target, such as 5%")] // a tolerance cannot be negative
    [TestCase("tolerance: five", "x.yaml:3:12: 'tolerance' is 'five'; write 5% (of the target), an amount in the unit such as 100, or 2pp (percentage points, for percent indicators)")] // words are not a tolerance
    [TestCase("tolerance: 2%pp", "x.yaml:3:12: 'tolerance' is '2%pp'; write 5% (of the target), an amount in the unit such as 100, or 2pp (percentage points, for percent indicators)")] // two suffixes
    public void Tolerances_are_checked(string line, string expected) =>
        Assert.That(ProblemsOf($"id: X\ntitle: x\n{line}\n"), Is.EqualTo(new[] { expected }));

    [TestCase("polarity: band", "x.yaml:3:11: polarity band needs 'range', the best range, such as range: [28, 40]")] // band polarity needs the band
    [TestCase("polarity: band\nrange: [40, 28]", "x.yaml:4:8: 'range' runs from 40 down to 28; write the lowest value first")] // the ends reversed
    [TestCase("polarity: band\nrange: [28]", "x.yaml:4:8: 'range' has 1 entries; give the lowest and highest values, such as [28, 40], or {min: 28}")] // one end in a list form
    [TestCase("polarity: higher\nrange: [28, 40]", "x.yaml:4:8: warning: 'range' is only used by polarity band; remove it or set polarity: band")] // a range that would be ignored
    public void Ranges_are_checked(string lines, string expected) =>
        Assert.That(ProblemsOf($"id: X\ntitle: x\n{lines}\n"), Is.EqualTo(new[] { expected }));

    [TestCase("rag: {method: bands}", "x.yaml:3:15: method bands needs 'bands', listed best first, such as bands: [{rating: Green, min: 85}, {rating: Amber, min: 80}, {rating: Red}]")] // bands named but not given
    [TestCase("rag: {method: rag}", "x.yaml:3:15: 'method' is 'rag'; write 'tolerance', 'target_distance', 'bands', 'spc' or 'manual'")] // a method that does not exist
    [TestCase("rag: {basis: quarter}", "x.yaml:3:14: 'basis' is 'quarter'; write 'ytd' or 'period'")] // a basis that does not exist
    [TestCase("rag: {red_if_worsening: maybe}", "x.yaml:3:25: 'red_if_worsening' is 'maybe'; write true or false")] // booleans are true or false
    [TestCase("rag: {method: bands, bands: [{min: 85}, {rating: Red}]}", "x.yaml:3:30: 'rating' is missing; give each band a rating: Green, Amber or Red")] // a band must say its rating
    [TestCase("rag: {method: bands, bands: [{rating: Green}, {rating: Red}]}", "x.yaml:3:30: band 1 has no 'min'; with polarity higher every band but the last needs it (the last may leave it out to catch every value)")] // higher-is-better bands need min
    [TestCase("polarity: lower\nrag: {method: bands, bands: [{rating: Green, min: 5}, {rating: Red}]}", "x.yaml:4:30: band 1 has no 'max'; with polarity lower every band but the last needs it (the last may leave it out to catch every value)")] // lower-is-better bands need max
    [TestCase("rag: {method: bands, bands: [{rating: Green, min: 9, max: 5}, {rating: Red}]}", "x.yaml:3:30: band 1 has 'min' 9 above 'max' 5; swap them")] // a band that holds nothing
    [TestCase("rag: {method: bands, bands: [{rating: Purple, min: 1}]}", "x.yaml:3:39: 'rating' is 'Purple'; write 'Green', 'Amber', 'Red', 'G', 'A' or 'R'")] // a rating that does not exist
    [TestCase("rag: {method: bands, bands: []}", "x.yaml:3:29: 'bands' lists no band; list them best first, such as [{rating: Green, min: 85}, {rating: Red}]")] // an empty list of bands
    [TestCase("rag: {bands: [{rating: Red}]}", "x.yaml:3:14: warning: 'bands' is only used by method bands; remove it or set method: bands")] // bands that would be ignored
    public void Rag_rules_are_checked(string lines, string expected) =>
        Assert.That(ProblemsOf($"id: X\ntitle: x\n{lines}\n"), Is.EqualTo(new[] { expected }));

    [Test]
    public void Spc_values_are_checked_each_at_its_place() =>
        Assert.That(ProblemsOf("id: X\ntitle: x\nspc:\n  improvement: up\n  fix_after: 12\n  rebase: [\"2016-04\", 2016-13]\n  shift_lenght: 7\n  screen_outliers: true\n"), Is.EqualTo(new[]
        {
            "x.yaml:7:3: 'shift_lenght' is not a key of 'spc'; did you mean 'shift_length'?",
            "x.yaml:4:16: 'improvement' is 'up'; write 'higher', 'lower' or 'neutral'",
            "x.yaml:6:23: '2016-13' has month 13; months run from 01 to 12",
        }));

    [Test]
    public void A_definition_that_is_not_a_map_is_an_error() =>
        Assert.That(ProblemsOf("- id: A\n  title: a\n- just text\n"), Is.EqualTo(new[] { "x.yaml:3:3: an indicator definition must be a map of keys such as id and title, not text" }));

    [Test]
    public void Every_problem_of_a_definition_is_reported() =>
        Assert.That(ProblemsOf("id: X\nunit: kg\npolarity: up\ndecimals: -1\n"), Has.Length.EqualTo(4));
}
