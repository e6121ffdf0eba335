using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Disclosure;

public sealed class SecondarySuppressionTests
{
    private static readonly Period Q3 = P("2016/17 Q3");
    private static readonly DisclosureRules Five = new() { SuppressBelow = 5 };

    private static IEnumerable<string> SuppressedMonths(IndicatorResult result) =>
        result.Series.Where(p => p.Figure.Suppressed).Select(p => p.Period.ToString());

    private static IEnumerable<string> SuppressedRunning(IndicatorResult result) =>
        result.Running.Where(r => r.Figure.Suppressed && r.Span.First != r.Span.Last).Select(r => r.Span.ToString());

    [Test]
    public void A_suppressed_month_takes_the_month_after_it_so_the_running_years_to_date_stay_shown()
    {
        // October 2 is suppressed; the quarter (37) is shown, so November or December must go too. December is smaller,
        // but a monthly table's year to date at the end of November would then give October away with September's (and
        // both would have to go): November goes, and only October's year to date with it.
        decimal[] months = [.. Enumerable.Repeat(20m, 18), 2, 20, 15];
        var results = DisclosureControl.Apply(ReportCalculator.Calculate([Indicator()], [.. MonthsOf("X", "2015-04", null, months)], Q3), Five);
        var result = results.Indicators.Single();
        Assert.That(SuppressedMonths(result), Is.EqualTo(new[] { "2016-10", "2016-11" }));
        Assert.That(result.Period.Value, Is.EqualTo(37m), "the quarter itself stays");
        Assert.That(SuppressedRunning(result), Is.EqualTo(new[] { "2016-04..2016-10" }), "October's year to date goes, November's and December's stay");
        Assert.That(SubtractionAttack.Recover(results, []), Is.Empty);
    }

    [Test]
    public void Equal_candidates_go_in_the_order_of_the_figures_so_the_choice_never_varies()
    {
        decimal[] months = [.. Enumerable.Repeat(20m, 18), 2, 20, 20];
        var result = DisclosureControl.Apply(ReportCalculator.Calculate([Indicator()], [.. MonthsOf("X", "2015-04", null, months)], Q3), Five).Indicators.Single();
        Assert.That(SuppressedMonths(result), Is.EqualTo(new[] { "2016-10", "2016-11" }));
    }

    [Test]
    public void A_zero_is_a_complement_only_when_nothing_else_will_do()
    {
        // South is 0 (shown; it identifies no one) and would be the smallest; West, 75, is taken instead.
        var results = DisclosureControl.Apply(ReportCalculator.Calculate([Indicator()], Wards(north: 1, south: 0, west: 25), Q3), Five);
        var groups = results.Indicators.Single().Breakdowns.ToDictionary(b => b.Breakdown, b => b.Period.Suppressed);
        Assert.That(groups, Is.EqualTo(new Dictionary<string, bool> { ["North"] = true, ["South"] = false, ["West"] = true }));
    }

    [Test]
    public void A_small_ward_takes_the_smallest_other_ward_with_it()
    {
        var rows = Wards(north: 1, south: 40, west: 25);
        var results = DisclosureControl.Apply(ReportCalculator.Calculate([Indicator()], rows, Q3), Five);
        var groups = results.Indicators.Single().Breakdowns.ToDictionary(b => b.Breakdown, b => b.Period.Suppressed);
        Assert.That(groups, Is.EqualTo(new Dictionary<string, bool> { ["North"] = true, ["South"] = false, ["West"] = true }));
        Assert.That(SubtractionAttack.Recover(results, []), Is.Empty);
    }

    [Test]
    public void Wards_that_fall_short_of_the_whole_by_a_small_count_are_protected_too()
    {
        // The whole is 3 more than its wards (crimes with no ward): those 3 would be the whole minus the wards.
        var rows = Wards(north: 30, south: 40, west: 25, unplaced: 1);
        var results = DisclosureControl.Apply(ReportCalculator.Calculate([Indicator()], rows, Q3), Five);
        var hidden = results.Indicators.Single().Breakdowns.Where(b => b.Period.Suppressed).Select(b => b.Breakdown);
        Assert.That(hidden, Is.EqualTo(new[] { "West" }), "the smallest ward hides what the wards leave out");
    }

    [Test]
    public void Wards_that_fall_short_by_a_large_count_need_nothing_more()
    {
        var rows = Wards(north: 30, south: 40, west: 25, unplaced: 10);
        var results = DisclosureControl.Apply(ReportCalculator.Calculate([Indicator()], rows, Q3), Five);
        Assert.That(results.Indicators.Single().Breakdowns.Any(b => b.Period.Suppressed), Is.False);
    }

    [Test]
    public void A_small_part_of_a_total_cannot_be_worked_out_from_the_total_and_the_other_parts()
    {
        var summary = CrimeSummary.Uniform(10).With("A", "North", new YearMonth(2016, 10), 0).With("A", "South", new YearMonth(2016, 10), 1).With("A", "West", new YearMonth(2016, 10), 1);
        var results = DisclosureControl.Apply(summary.Calculate(), new DisclosureRules { Totals = [CrimeSummary.Total] });
        var october = (string id) => results.Indicators.Single(r => r.Definition.Id == id).Series.Single(p => p.Period.ToString() == "2016-10").Figure;
        Assert.That(october("A").Suppressed, Is.True);
        Assert.That(october("B").Suppressed || october("C").Suppressed || october("T").Suppressed, Is.True, "a complement in the same month");
        Assert.That(SubtractionAttack.Recover(results, [CrimeSummary.Total]), Is.Empty);
    }

    [Test]
    public void A_restricted_part_of_a_total_cannot_be_worked_out_from_the_public_figures()
    {
        // No threshold at all: B is left out of the public edition, and T − A − C would give it back.
        var summary = CrimeSummary.Uniform(10);
        var results = DisclosureControl.Apply(summary.Calculate(summary.Definitions(threshold: null)), new DisclosureRules { Totals = [CrimeSummary.Total] }, new HashSet<string> { "B" });
        var published = results with { Indicators = [.. results.Indicators.Select(r => r.Definition.Id == "B" ? Concealed(r) : r)] };
        var recovered = SubtractionAttack.Recover(published, [CrimeSummary.Total]);
        Assert.That(recovered.Keys.Where(k => k.StartsWith("B|", StringComparison.Ordinal)), Is.Empty);
        Assert.That(results.Indicators.Single(r => r.Definition.Id == "T").Ytd.Suppressed || results.Indicators.Single(r => r.Definition.Id == "A").Ytd.Suppressed, Is.True);
    }

    [Test]
    public void The_same_results_always_give_the_same_suppression()
    {
        var summary = CrimeSummary.Random(seed: 7, max: 8);
        var rules = new DisclosureRules { Totals = [CrimeSummary.Total] };
        var first = DisclosureControl.Apply(summary.Calculate(), rules);
        var second = DisclosureControl.Apply(CrimeSummary.Random(seed: 7, max: 8).Calculate(), rules);
        Assert.That(Pattern(second), Is.EqualTo(Pattern(first)));
    }

    internal static IndicatorResult Concealed(IndicatorResult result) => result with
    {
        Period = Aggregate.Confidential,
        PreviousPeriod = Aggregate.Confidential,
        SamePeriodLastYear = Aggregate.Confidential,
        Ytd = Aggregate.Confidential,
        YtdLastYear = Aggregate.Confidential,
        PreviousYtd = Aggregate.Confidential,
        Rolling12 = Aggregate.Confidential,
        Series = [.. result.Series.Select(p => p with { Figure = Aggregate.Confidential })],
        Breakdowns = [.. result.Breakdowns.Select(b => b with { Period = Aggregate.Confidential, Ytd = Aggregate.Confidential })],
    };

    internal static string Pattern(ReportResults results) => string.Join(' ', results.Indicators.Select(r =>
        r.Definition.Id + ":" + string.Concat(r.Series.Select(p => p.Figure.Suppressed ? 'c' : '.'))
        + string.Concat(r.Breakdowns.Select(b => (b.Period.Suppressed ? "c" : ".") + (b.Ytd.Suppressed ? "c" : ".")))));

    // Each ward's count in each month of Q3 as given, and the whole; the rest of the year 20 a month everywhere.
    // unplaced: counted in the whole but in no ward, in October.
    private static List<Observation> Wards(decimal north, decimal south, decimal west, decimal unplaced = 0)
    {
        var rows = new List<Observation>();
        var wards = new (string Name, decimal InQ3)[] { ("North", north), ("South", south), ("West", west) };
        for (var month = new YearMonth(2016, 4); month <= new YearMonth(2016, 12); month = month.AddMonths(1))
        {
            var period = Period.ForMonth(month);
            var values = wards.Select(w => (w.Name, Value: month >= new YearMonth(2016, 10) ? w.InQ3 : 20m)).ToList();
            var whole = values.Sum(v => v.Value) + (month == new YearMonth(2016, 10) ? unplaced : 0m);
            rows.Add(new Observation("X", period, null, whole, null, null, null, null));
            rows.AddRange(values.Select(v => new Observation("X", period, v.Name, v.Value, null, null, null, null)));
        }

        return rows;
    }
}
