using ReportGen.Core.Analytics;
using ReportGen.Core.Calculation;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;
using static ReportGen.Core.Tests.Calculation.Data;

namespace ReportGen.Core.Tests.Disclosure;

/// <summary>What is worked out from a suppressed figure is withheld with it, so that it cannot give the figure away.</summary>
public sealed class WithheldFiguresTests
{
    private static readonly Period Q3 = P("2016/17 Q3");
    private static readonly FinancialYear Year = Fy(2016);

    // A lower-is-better count with an annual target of 8 (YTD target 6 at Q3): Red when its year to date is 12.
    private static IndicatorDefinition Counted(string id, int? suppressBelow = 5) =>
        Indicator(polarity: Polarity.Lower, id: id) with
        {
            SuppressBelow = suppressBelow,
            Targets = Targets(Year, new TargetSet(8m, [2m, 4m, 6m, 8m], null)),
        };

    private static ReportResults Apply(IReadOnlyList<IndicatorDefinition> definitions, params (string Id, decimal[] Months)[] data) =>
        DisclosureControl.Apply(
            ReportCalculator.Calculate(definitions, [.. data.SelectMany(d => MonthsOf(d.Id, "2015-04", null, d.Months))], Q3),
            DisclosureRules.None);

    // Twenty-one months from April 2015, `each` every month.
    private static decimal[] Each(decimal each) => [.. Enumerable.Repeat(each, 21)];

    [Test]
    public void The_rating_of_a_suppressed_rated_figure_is_withheld_and_counted_as_not_rated()
    {
        // X's year to date (9 × 0.4 = 3.6… rounded months of 0 and 1) is small; Y's is 12 × 9 and Red.
        decimal[] small = [.. Enumerable.Repeat(1m, 12), 0, 1, 0, 0, 1, 0, 0, 1, 0];
        var results = Apply([Counted("X"), Counted("Y")], ("X", small), ("Y", Each(12)));
        var x = results.Indicators[0];
        Assert.That((x.Ytd.Suppressed, x.Rag, x.OffTarget, x.RatedValue), Is.EqualTo((true, (Rag?)null, (bool?)null, (decimal?)null)));
        Assert.That(x.Withheld.HasFlag(Withheld.Rating), Is.True);
        Assert.That(results.Summary, Is.EqualTo(RagSummary.Of([null, results.Indicators[1].Rag])),
            "counting X as Green would give its rating away: the summary minus the ratings shown");
        Assert.That(results.Indicators[1].Rag, Is.Not.Null);
    }

    [Test]
    public void A_rating_of_a_figure_that_is_shown_is_kept()
    {
        // Only October (2) is small; the year to date (2 + 8 × 20 … ) is shown, and so is its rating.
        decimal[] months = [.. Enumerable.Repeat(20m, 18), 2, 20, 15];
        var x = Apply([Counted("X")], ("X", months)).Indicators.Single();
        Assert.That(x.Rag, Is.EqualTo(Rag.Amber), "off target, and Q3 (37) better than Q2 (60)");
        Assert.That(x.Withheld.HasFlag(Withheld.Rating), Is.False);
    }

    [Test]
    public void A_direction_of_travel_that_compares_a_suppressed_figure_is_withheld()
    {
        // Quarterly data; Q3 2016/17 is small. The short term compares Q3 with Q2; the long term the year to date
        // with last year's, both shown (Q1, the smaller of Q1 and Q2, hides Q3 within the year to date).
        var quarters = new[] { "2015/16 Q1", "2015/16 Q2", "2015/16 Q3", "2015/16 Q4", "2016/17 Q1", "2016/17 Q2", "2016/17 Q3" };
        var values = new[] { 60m, 60m, 60m, 60m, 50m, 60m, 3m };
        var x = DisclosureControl.Apply(
            ReportCalculator.Calculate([Counted("X")], [.. quarters.Select((q, i) => Row(q, values[i]))], Q3), DisclosureRules.None).Indicators.Single();
        Assert.That((x.Period.Suppressed, x.Ytd.Suppressed), Is.EqualTo((true, false)));
        Assert.That(x.Series.Where(p => p.Figure.Suppressed).Select(p => p.Period.ToString()), Is.EqualTo(new[] { "2016/17 Q1", "2016/17 Q3" }));
        Assert.That(x.DotShort, Is.Null);
        Assert.That(x.DotLong, Is.Not.Null);
        Assert.That(x.Withheld, Is.EqualTo(Withheld.DotShort | Withheld.Forecast));
    }

    [Test]
    public void The_change_in_the_year_to_date_is_withheld_when_either_year_is_suppressed()
    {
        decimal[] months = [.. Enumerable.Repeat(0m, 12), .. Enumerable.Repeat(20m, 9)];
        months[0] = 1;
        var x = Apply([Counted("X") with { SuppressBelow = 5 }], ("X", months)).Indicators.Single();
        Assert.That(x.YtdLastYear.Suppressed, Is.True);
        Assert.That(x.YtdChangePercent, Is.Null);
        Assert.That(x.Withheld.HasFlag(Withheld.YtdChange), Is.True);
    }

    [Test]
    public void The_forecast_and_the_spc_analysis_are_withheld_once_a_figure_of_the_whole_is_suppressed()
    {
        var definition = Counted("X") with { Spc = new SpcSettings() };
        decimal[] months = [.. Enumerable.Repeat(20m, 18), 2, 20, 15];
        var x = Apply([definition], ("X", months)).Indicators.Single();
        Assert.That((x.Forecast, x.Spc), Is.EqualTo(((YearEndForecast?)null, (SpcResult?)null)));
        Assert.That(x.Withheld.HasFlag(Withheld.Forecast) && x.Withheld.HasFlag(Withheld.Spc), Is.True);
    }

    [Test]
    public void Without_a_suppressed_figure_nothing_is_withheld()
    {
        var x = Apply([Counted("X") with { Spc = new SpcSettings() }], ("X", Each(20))).Indicators.Single();
        Assert.That(x.Withheld, Is.EqualTo(Withheld.None));
        Assert.That((x.Forecast, x.Spc, x.Rag), Is.Not.EqualTo(((YearEndForecast?)null, (SpcResult?)null, (Rag?)null)));
    }

    [Test]
    public void The_gap_and_rank_of_a_suppressed_group_are_withheld()
    {
        var definition = Counted("X") with { Gaps = new GapSettings(10m, ["North"], 20m), Rank = new RankSettings("South") };
        var rows = new List<ReportGen.Core.Data.Observation>();
        for (var month = new YearMonth(2016, 4); month <= new YearMonth(2016, 12); month = month.AddMonths(1))
        {
            var period = Period.ForMonth(month);
            rows.Add(new(definition.Id, period, null, 41m, null, null, null, null));
            rows.Add(new(definition.Id, period, "North", month.Month == 10 ? 1m : 0m, null, null, null, null));
            rows.Add(new(definition.Id, period, "South", month.Month == 10 ? 40m : 41m, null, null, null, null));
        }

        var x = DisclosureControl.Apply(ReportCalculator.Calculate([definition], rows, Q3), DisclosureRules.None).Indicators.Single();
        Assert.That(x.Gaps.Single(), Is.EqualTo(new EqualityGap("North", null, null, null) { Suppressed = true }));
        Assert.That(x.Rank, Is.Null);
        Assert.That(x.Withheld.HasFlag(Withheld.Rank), Is.True);
    }
}
