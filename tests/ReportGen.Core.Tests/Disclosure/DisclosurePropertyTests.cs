using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Results;
using PropertyTestAttribute = FsCheck.NUnit.PropertyAttribute;

namespace ReportGen.Core.Tests.Disclosure;

// FsCheck's [Property] supplies the arguments; NUnit's analyzer cannot see that.
#pragma warning disable NUnit1027

/// <summary>
/// Disclosure control on random crime summaries (a total of three parts, each by ward and month, many counts small):
/// every small count is hidden, nothing hidden can be recovered by subtraction from what is shown, and what is
/// shown is unchanged.
/// </summary>
public sealed class DisclosurePropertyTests
{
    private static readonly DisclosureRules Rules = new() { Totals = [CrimeSummary.Total] };

    [PropertyTest(MaxTest = 40)]
    public bool No_suppressed_figure_can_be_recovered_by_subtraction(int seed)
    {
        var published = DisclosureControl.Apply(Summary(seed).Calculate(), Rules);
        return SubtractionAttack.Recover(published, [CrimeSummary.Total]).Count == 0;
    }

    [PropertyTest(MaxTest = 40)]
    public bool Every_small_count_is_suppressed_and_every_shown_figure_is_unchanged(int seed)
    {
        var original = Summary(seed).Calculate();
        var published = DisclosureControl.Apply(original, Rules);
        return original.Indicators.Zip(published.Indicators).All(pair => Figures(pair.First).Zip(Figures(pair.Second)).All(f =>
            f.Second.Suppressed
                ? f.First.Value is not null
                : f.Second == f.First && f.First.Value is not (> 0m and < 5m)));
    }

    [PropertyTest(MaxTest = 40)]
    public bool Restricted_parts_cannot_be_recovered_from_the_public_figures(int seed)
    {
        var summary = Summary(seed);
        var results = DisclosureControl.Apply(summary.Calculate(summary.Definitions(threshold: null)), Rules, new HashSet<string> { "C" });
        var published = results with { Indicators = [.. results.Indicators.Select(r => r.Definition.Id == "C" ? SecondarySuppressionTests.Concealed(r) : r)] };
        return SubtractionAttack.Recover(published, [CrimeSummary.Total]).Count == 0;
    }

    // Counts up to 4, 12 or 40 by seed: from almost all small to a few.
    private static CrimeSummary Summary(int seed) => CrimeSummary.Random(seed, new[] { 4, 12, 40 }[Math.Abs(seed % 3)]);

    private static IEnumerable<Aggregate> Figures(IndicatorResult r) =>
        new[] { r.Period, r.PreviousPeriod, r.SamePeriodLastYear, r.Ytd, r.YtdLastYear, r.PreviousYtd, r.Rolling12 }
            .Concat(r.Series.Select(p => p.Figure))
            .Concat(r.Breakdowns.SelectMany(b => new[] { b.Period, b.Ytd }));
}
