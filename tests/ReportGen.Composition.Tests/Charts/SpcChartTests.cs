using ReportGen.Composition.Charts;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Charts;

/// <summary>
/// An SPC chart of Havering's monthly ASB incidents, April 2015 to December 2016 (lower is better): mean 460, limits
/// from a screened mean moving range of 41.39 (349.9 to 570.1). The fall from July 2015 to February 2016 is a trend
/// of improvement (its last two points below the lower limit), the rise from March to September 2016 one of concern.
/// </summary>
public sealed class SpcChartTests
{
    static readonly ChartTemplate Template = new(Fixtures.Here, ChartTemplateKind.Spc);

    static IndicatorResult Asb(SpcSettings? settings = null) =>
        ChartData.WithSpc(Fixtures.Asb(), ChartData.AsbMonths, settings ?? new SpcSettings { Improvement = SpcImprovement.Lower });

    static Chart Build(IndicatorResult result, ChartTemplate? template = null)
    {
        var chart = SpcChart.Build(result, Fixtures.Q3, template ?? Template, null, out var why);
        Assert.That(why, Is.Null);
        return chart!;
    }

    [Test]
    public void The_points_are_one_grey_series_over_every_month()
    {
        var chart = Build(Asb());

        Assert.That(chart.Kind, Is.EqualTo(ChartKind.Spc));
        Assert.That(chart.Categories[0], Is.EqualTo("Apr 2015"));
        Assert.That(chart.Categories[^1], Is.EqualTo("Dec 2016"));
        Assert.That(chart.Series.Single().Values, Is.EqualTo(ChartData.AsbMonths.Select(v => (double?)(double)v)));
        Assert.That(chart.Series.Single().Color, Is.EqualTo(Rgb.FromHex("#3D3D3D")));
    }

    [Test]
    public void The_mean_and_limits_are_reference_lines_labelled_with_their_figures()
    {
        var result = Asb();
        var lines = Build(result).ReferenceLines;

        Assert.That(lines.Select(l => l.Kind), Is.EqualTo(new[] { ReferenceLineKind.Mean, ReferenceLineKind.UpperLimit, ReferenceLineKind.LowerLimit }));
        Assert.That(lines.Select(l => l.Value), Is.EqualTo(new[] { (double)result.Spc!.Mean, (double)result.Spc.UpperLimit, (double)result.Spc.LowerLimit }));
        Assert.That(lines.Select(l => l.Label), Is.EqualTo(new[] { "Mean 460", "Upper limit 570", "Lower limit 350" }));
        Assert.That(lines.Select(l => l.LegendLabel).Distinct(), Is.EqualTo(new[] { "Mean", "Process limits" }));
        Assert.That(lines, Has.All.Property(nameof(ReferenceLine.First)).EqualTo(0).And.Property(nameof(ReferenceLine.Last)).EqualTo(20));
        Assert.That(lines[0].Dash, Is.Not.EqualTo(lines[1].Dash));
    }

    [Test]
    public void Near_limits_and_a_target_are_drawn_when_there_are_any()
    {
        var result = Asb(new SpcSettings { Improvement = SpcImprovement.Lower, Target = 400 });

        var lines = Build(result, Template with { NearLimits = true }).ReferenceLines;

        Assert.That(lines.Select(l => l.Kind), Is.EqualTo(new[]
        {
            ReferenceLineKind.Mean, ReferenceLineKind.UpperLimit, ReferenceLineKind.LowerLimit,
            ReferenceLineKind.UpperNearLimit, ReferenceLineKind.LowerNearLimit, ReferenceLineKind.Target,
        }));
        Assert.That(lines[^1].Label, Is.EqualTo("Target 400"));
        Assert.That(lines[3].Labelled, Is.False, "near limits are named in the legend only");
    }

    [Test]
    public void Special_cause_points_differ_in_shape_and_colour_by_their_meaning()
    {
        var result = Asb();
        var chart = Build(result);
        var improvement = chart.Highlights.Single(h => h.Label == "Special cause: improvement");
        var concern = chart.Highlights.Single(h => h.Label == "Special cause: concern");

        Assert.That(improvement.Points, Is.EqualTo(Indexes(result.Spc!, SpcVariation.Improvement)));
        Assert.That(concern.Points, Is.EqualTo(Indexes(result.Spc!, SpcVariation.Concern)));
        Assert.That(improvement.Points, Is.Not.Empty);
        Assert.That(concern.Points, Is.Not.Empty);
        Assert.That((improvement.Shape, improvement.Color), Is.EqualTo((MarkerShape.Circle, Rgb.FromHex("#12436D"))));
        Assert.That((concern.Shape, concern.Color), Is.EqualTo((MarkerShape.Triangle, Rgb.FromHex("#F46A25"))));
    }

    [Test]
    public void Neither_better_nor_worse_is_a_purple_square()
    {
        var chart = Build(Asb(new SpcSettings { Improvement = SpcImprovement.Neutral }));

        var neutral = chart.Highlights.Single();
        Assert.That((neutral.Label, neutral.Shape, neutral.Color), Is.EqualTo(("Special cause: neither better nor worse", MarkerShape.Square, Rgb.FromHex("#A285D1"))));
    }

    [Test]
    public void The_alt_text_gives_the_mean_limits_latest_point_and_special_causes_in_words()
    {
        var chart = Build(Asb());

        Assert.That(chart.AltText, Is.EqualTo(
            "SPC chart of monthly number of anti-social behaviour incidents, April 2015 to December 2016 (21 points): "
            + "mean 460, process limits 350 to 570. "
            + "The latest point, December 2016 (395), shows common cause variation. "
            + "15 points show special cause variation: improvement in July 2015 to February 2016; concern in March 2016 to September 2016."));
    }

    [Test]
    public void The_alt_text_says_what_the_limits_mean_for_the_target()
    {
        var chart = Build(Asb(new SpcSettings { Improvement = SpcImprovement.Lower, Target = 400 }));

        Assert.That(chart.AltText, Does.Contain("process limits 350 to 570; target 400."));
        Assert.That(chart.AltText, Does.Contain("The target lies between the limits, so the target will sometimes be met and sometimes not."));
    }

    [Test]
    public void A_rebase_gives_each_segment_its_own_lines_and_labels_only_the_last()
    {
        var result = Asb(new SpcSettings { Improvement = SpcImprovement.Lower, Rebase = ["2016-04"] });

        var chart = Build(result);

        var means = chart.ReferenceLines.Where(l => l.Kind == ReferenceLineKind.Mean).ToList();
        Assert.That(means.Select(m => (m.First, m.Last)), Is.EqualTo(new[] { (0, 11), (12, 20) }));
        Assert.That(means.Select(m => m.Labelled), Is.EqualTo(new[] { false, true }));
        Assert.That(chart.AltText, Does.Contain("(recalculated from April 2016)"));
    }

    [Test]
    public void An_indicator_without_an_analysis_has_no_chart_and_says_why()
    {
        var chart = SpcChart.Build(ChartData.Asb(), Fixtures.Q3, Template, null, out var why);

        Assert.That(chart, Is.Null);
        Assert.That(why, Does.Contain("give its definition an spc: block"));
    }

    static IEnumerable<int> Indexes(SpcResult spc, SpcVariation variation) =>
        spc.Points.Select((p, i) => (p, i)).Where(x => x.p.Variation == variation).Select(x => x.i);
}
