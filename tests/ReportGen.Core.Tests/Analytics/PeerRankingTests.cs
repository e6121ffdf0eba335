using ReportGen.Core.Analytics;
using ReportGen.Core.Calculation;
using ReportGen.Core.Indicators;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Analytics;

/// <summary>Rank among peers: 1 is the best by polarity, ties share a rank, and the count goes with it.</summary>
public sealed class PeerRankingTests
{
    // The City of London measures' table 1 (victim satisfaction, whole experience, 12 months to September 2016): CoLP 87.4%, 6th.
    private static (string, decimal)[] Forces(params decimal[] values) =>
        [.. values.Select((v, i) => ($"F{i + 1}", v))];

    [TestCase("F1", Polarity.Higher, new[] { 90.0, 80.0, 70.0 }, 1, 3, false)] // the highest is best when higher is better
    [TestCase("F3", Polarity.Higher, new[] { 90.0, 80.0, 70.0 }, 3, 3, false)] // the lowest is last
    [TestCase("F3", Polarity.Lower, new[] { 90.0, 80.0, 70.0 }, 1, 3, false)] // lower is better: the lowest is first
    [TestCase("F2", Polarity.Higher, new[] { 90.0, 80.0, 80.0, 70.0 }, 2, 4, true)] // a tie shares the better rank: 1, =2, =2, 4
    [TestCase("F3", Polarity.Higher, new[] { 90.0, 80.0, 80.0, 70.0 }, 2, 4, true)] // the other half of the tie has the same rank
    [TestCase("F4", Polarity.Higher, new[] { 90.0, 80.0, 80.0, 70.0 }, 4, 4, false)] // after a tie of two the next is 4th, not 3rd
    [TestCase("F1", Polarity.Higher, new[] { 50.0 }, 1, 1, false)] // alone: 1st of 1
    [TestCase("F1", Polarity.Higher, new[] { 80.0, 80.0, 80.0 }, 1, 3, true)] // all tied: all first
    [TestCase("F2", Polarity.Higher, new[] { 80.0000001, 80.0 }, 2, 2, false)] // full precision: a hair behind is behind
    public void The_rank_counts_the_groups_that_are_strictly_better(
        string self, Polarity polarity, double[] values, int position, int of, bool tied)
    {
        var rank = PeerRanking.Rank(Forces([.. values.Select(v => (decimal)v)]), self, polarity, null)!;
        Assert.That((rank.Position, rank.Of, rank.Tied), Is.EqualTo((position, of, tied)));
    }

    [TestCase(35.0, 1)] // inside the range [28, 40]: distance 0, best
    [TestCase(41.0, 2)] // 1 above it: next
    [TestCase(25.0, 3)] // 3 below it: further off than 41
    public void Band_polarity_ranks_by_distance_from_the_range(double value, int position)
    {
        var groups = new (string, decimal)[] { ("In", 35m), ("Above", 41m), ("Below", 25m) };
        var self = groups.Single(g => g.Item2 == (decimal)value).Item1;
        Assert.That(PeerRanking.Rank(groups, self, Polarity.Band, new TargetRange(28, 40))!.Position, Is.EqualTo(position));
    }

    [TestCase("Nobody", Polarity.Higher)] // self is not among the groups
    [TestCase("F1", Polarity.Neutral)] // neutral polarity has no better
    [TestCase("F1", Polarity.Band)] // band polarity without a range has no better
    public void No_rank_when_it_cannot_be_had(string self, Polarity polarity) =>
        Assert.That(PeerRanking.Rank(Forces(1, 2), self, polarity, null), Is.Null);

    [TestCase(1, "1st")] // the usual suffixes
    [TestCase(2, "2nd")]
    [TestCase(3, "3rd")]
    [TestCase(6, "6th")]
    [TestCase(11, "11th")] // the teens take th
    [TestCase(12, "12th")]
    [TestCase(13, "13th")]
    [TestCase(21, "21st")] // and after them the usual again
    [TestCase(42, "42nd")]
    [TestCase(111, "111th")] // the teens of each hundred
    public void Ordinals_read_as_English(int number, string expected) =>
        Assert.That(PeerRank.Ordinal(number), Is.EqualTo(expected));

    [TestCase(6, 43, false, "6th of 43")] // the City of London measures' CoLP whole experience: 6th nationally
    [TestCase(2, 5, true, "=2nd of 5")] // a tie says so
    public void The_rank_reads_as_a_pack_prints_it(int position, int of, bool tied, string expected) =>
        Assert.That(new PeerRank(position, of, "Us", tied).ToString(), Is.EqualTo(expected));

    [Test]
    public void The_calculation_ranks_the_rated_figure_of_each_breakdown()
    {
        var definition = Indicator(Aggregation.Ratio, Polarity.Higher, Unit.Percent) with
        {
            Rank = new RankSettings("City of London"),
            Rag = RagRule.Default with { Basis = RatingBasis.Period },
        };
        var rows = new[]
        {
            Row("2016/17 Q2", num: 874, den: 1000, breakdown: "City of London"),
            Row("2016/17 Q2", num: 934, den: 1000, breakdown: "Force A"),
            Row("2016/17 Q2", num: 759, den: 1000, breakdown: "Metropolitan"),
            Row("2016/17 Q2", num: 900, den: 1000, breakdown: "Force B"),
        };
        var result = ReportCalculator.Calculate([definition], rows, P("2016/17 Q2")).Indicators[0];
        Assert.That(result.Rank?.ToString(), Is.EqualTo("3rd of 4"));
    }

    [Test]
    public void A_self_without_a_figure_gets_no_rank_and_a_warning()
    {
        var definition = Indicator() with { Rank = new RankSettings("City of London") };
        var rows = new[] { Row("2016/17 Q1", 5, breakdown: "Force A"), Row("2016/17 Q1", 6, breakdown: "Force B") };
        var results = ReportCalculator.Calculate([definition], rows, P("2016/17 Q1"));
        Assert.Multiple(() =>
        {
            Assert.That(results.Indicators[0].Rank, Is.Null);
            Assert.That(results.Warnings.Select(w => w.Message), Has.Some.EqualTo(
                "X: has no rank: no breakdown group 'City of London' has a figure to rank (2 groups have one)"));
        });
    }
}
