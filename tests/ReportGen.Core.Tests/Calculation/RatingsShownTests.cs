using ReportGen.Core.Analytics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;

namespace ReportGen.Core.Tests.Calculation;

/// <summary>
/// <see cref="RagSummary.OfRatingsShown"/>: the ratings a pack's ratings column shows, so tiles beside the table add up
/// to it. MOPAC's Policing theme: eight indicators rated by themselves and two of equality gaps, two groups each.
/// </summary>
public sealed class RatingsShownTests
{
    private static IndicatorResult Rated(string id, Rag? rag, IndicatorType type = IndicatorType.Target) =>
        new() { Definition = new IndicatorDefinition(id, id) { Type = type }, Rag = rag };

    private static IndicatorResult Gaps(string id, IndicatorType type, params Rag?[] ratings) => Rated(id, null, type) with
    {
        Gaps = [.. ratings.Select((r, i) => new EqualityGap("Group " + i, 60m, r is null ? null : -2m, r))],
    };

    [Test]
    public void Each_equality_gap_is_a_rating_of_its_own_beside_the_indicators_rated_by_themselves()
    {
        IndicatorResult[] policing =
        [
            Rated("1", Rag.Amber), Rated("2", Rag.Green), Rated("3", Rag.Amber), Rated("4", Rag.Amber),
            Gaps("5", IndicatorType.Contextual, Rag.Green, Rag.Amber), Gaps("6", IndicatorType.Contextual, Rag.Amber, Rag.Amber),
            Rated("7O", Rag.Amber), Rated("7S", Rag.Amber), Rated("8O", Rag.Amber), Rated("8S", Rag.Green),
        ];

        var shown = RagSummary.OfRatingsShown(policing);
        var indicators = RagSummary.For(policing);

        Assert.That((shown.Green, shown.Amber, shown.Red, shown.None, shown.Total), Is.EqualTo((3, 9, 0, 0, 12)));
        Assert.That((indicators.Green, indicators.Amber, indicators.Total), Is.EqualTo((2, 6, 8)), "indicators counted once each, the gaps' rows left out");
    }

    [Test]
    public void A_target_indicator_with_gaps_counts_its_gaps_not_its_own_rating_and_an_unrated_gap_is_not_rated()
    {
        var shown = RagSummary.OfRatingsShown([Gaps("T", IndicatorType.Target, Rag.Red, null) with { Rag = Rag.Green }]);

        Assert.That((shown.Green, shown.Red, shown.None, shown.Total), Is.EqualTo((0, 1, 1, 2)));
    }

    [Test]
    public void Contextual_and_monitor_indicators_without_gaps_are_not_counted_and_unrated_targets_are()
    {
        var shown = RagSummary.OfRatingsShown([Rated("C", null, IndicatorType.Contextual), Rated("M", null, IndicatorType.Monitor), Rated("P", null)]);

        Assert.That((shown.None, shown.Total, shown.Excluded), Is.EqualTo((1, 1, 2)));
    }
}
