using ReportGen.Composition;
using ReportGen.Composition.Blocks;
using ReportGen.Composition.Charts;
using ReportGen.Composition.Templates;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Core.Spc;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Composition.Fixtures;

namespace ReportGen.Composition.Tests.Charts;

/// <summary>The <c>chart:</c> block: which indicators it draws, its Liquid, and what it says when it cannot draw.</summary>
public sealed class ChartComposerTests
{
    static CompositionInput Havering() => Input([ChartData.Tno(), Marac(), ChartData.Asb()]);

    static (IReadOnlyList<Chart> Charts, IReadOnlyList<Problem> Problems) Compose(ChartTemplate template, CompositionInput? input = null)
    {
        var (document, problems) = DocumentComposer.Compose(Template(template), input ?? Havering());
        // Only the chart's own problems: the Red indicators' missing corrective actions are another block's business.
        return ([.. document.Sections.SelectMany(s => s.Blocks).OfType<Chart>()], [.. problems.Where(p => p.Location == Here)]);
    }

    static ChartTemplate YearOnYear => new(Here, ChartTemplateKind.ThisYearVsLastYear);

    [Test]
    public void One_indicator_by_id_gives_one_chart()
    {
        var (charts, problems) = Compose(YearOnYear with { Indicator = "CSP3" });

        Assert.That(problems, Is.Empty);
        Assert.That(charts.Single().Title, Does.StartWith("Number of anti-social behaviour incidents by month"));
    }

    [Test]
    public void All_indicators_of_a_unit_give_a_chart_each_in_report_order()
    {
        var (charts, problems) = Compose(YearOnYear with { Indicators = ["all"], Units = [Unit.Count] });

        Assert.That(problems, Is.Empty);
        Assert.That(charts.Select(c => c.Title), Is.EqualTo(new[]
        {
            "Total notifiable offences by month, 2016/17 and 2015/16",
            "Number of anti-social behaviour incidents by month, 2016/17 and 2015/16",
        }));
    }

    [Test]
    public void The_title_is_liquid_with_the_indicator_in_scope()
    {
        var (charts, _) = Compose(YearOnYear with { Indicator = "CSP1", Title = "{{ indicator.id }}: {{ indicator.title }}, {{ period.year }}" });

        Assert.That(charts.Single().Title, Is.EqualTo("CSP1: Total notifiable offences, 2016/17"));
    }

    [Test]
    public void The_author_s_alt_text_replaces_or_adds_to_the_one_written_from_the_data()
    {
        var (generated, _) = Compose(YearOnYear with { Indicator = "CSP1" });
        var (replaced, _) = Compose(YearOnYear with { Indicator = "CSP1", Alt = "{{ indicator.title }} rose in the summer." });
        var (added, _) = Compose(YearOnYear with { Indicator = "CSP1", Alt = "{{ alt }} The rise follows the festival." });

        Assert.That(generated.Single().AltText, Does.StartWith("Monthly total notifiable offences"));
        Assert.That(replaced.Single().AltText, Is.EqualTo("Total notifiable offences rose in the summer."));
        Assert.That(added.Single().AltText, Is.EqualTo(generated.Single().AltText + " The rise follows the festival."));
    }

    [Test]
    public void A_blank_alt_text_keeps_the_written_one_with_a_warning()
    {
        var (generated, _) = Compose(YearOnYear with { Indicator = "CSP1" });
        var (charts, problems) = Compose(YearOnYear with { Indicator = "CSP1", Alt = "{% if false %}x{% endif %} " });

        Assert.That(charts.Single().AltText, Is.EqualTo(generated.Single().AltText));
        Assert.That(problems.Select(p => p.Message), Has.Some.Contains("alt: text is blank"));
    }

    [Test]
    public void The_indicator_may_come_from_the_enclosing_context()
    {
        var input = Havering();
        var context = new CompositionContext(input, TemplateTheme.Default);
        var locals = context.IndicatorLocals(input.Results.Indicators[2]);

        var charts = ChartComposer.Compose(YearOnYear with { Indicator = "{{ indicator.id }}" }, context, locals).OfType<Chart>().ToList();

        Assert.That(charts.Single().AltText, Does.StartWith("Monthly number of anti-social behaviour incidents"));
        Assert.That(context.Problems, Is.Empty);
    }

    [Test]
    public void An_indicator_the_report_does_not_have_is_an_error_listing_those_it_has()
    {
        var (charts, problems) = Compose(YearOnYear with { Indicator = "CSP9" });

        Assert.That(charts, Is.Empty);
        Assert.That(problems.Single().Message, Is.EqualTo("the chart's indicator 'CSP9' is not in this report; its indicators are CSP1, CSP2, CSP3"));
        Assert.That(problems.Single().Severity, Is.EqualTo(Severity.Error));
    }

    [Test]
    public void A_chart_that_names_no_indicator_is_an_error()
    {
        var (_, problems) = Compose(YearOnYear);

        Assert.That(problems.Single().Message, Does.StartWith("say which indicator the chart draws"));
    }

    [Test]
    public void An_spc_chart_of_an_indicator_without_an_analysis_is_left_out_with_a_warning()
    {
        var (charts, problems) = Compose(new ChartTemplate(Here, ChartTemplateKind.Spc) { Indicator = "CSP1" });

        Assert.That(charts, Is.Empty);
        Assert.That(problems.Single().Severity, Is.EqualTo(Severity.Warning));
        Assert.That(problems.Single().Message, Does.StartWith("no chart for CSP1 (Total notifiable offences): it has no SPC analysis"));
    }

    [Test]
    public void An_spc_chart_draws_the_indicators_analysis()
    {
        var asb = ChartData.WithSpc(ChartData.Asb(), ChartData.AsbMonths, new SpcSettings { Improvement = SpcImprovement.Lower });

        var (charts, problems) = Compose(new ChartTemplate(Here, ChartTemplateKind.Spc) { Indicator = "CSP3" }, Input([ChartData.Tno(), asb]));

        Assert.That(problems, Is.Empty);
        Assert.That(charts.Single().Kind, Is.EqualTo(ChartKind.Spc));
        Assert.That(charts.Single().Highlights, Has.Count.EqualTo(2));
    }

    [Test]
    public void Bars_show_the_last_twelve_months_labelled_with_their_figures()
    {
        var (charts, _) = Compose(new ChartTemplate(Here, ChartTemplateKind.Bars) { Indicator = "CSP1" });

        var chart = charts.Single();
        Assert.That(chart.Categories, Is.EqualTo(new[] { "Jan 2016", "Feb 2016", "Mar 2016", "Apr 2016", "May 2016", "Jun 2016", "Jul 2016", "Aug 2016", "Sep 2016", "Oct 2016", "Nov 2016", "Dec 2016" }));
        Assert.That(chart.Series.Single().ValueLabels![^1], Is.EqualTo("1,431"));
        Assert.That(chart.ValueAxis.Minimum, Is.Zero);
        Assert.That(chart.AltText, Is.EqualTo(
            "Bar chart of monthly total notifiable offences, January 2016 to December 2016: highest in May 2016 (1,523), "
            + "lowest in February 2016 (1,390); latest December 2016 (1,431)."));
    }

    [Test]
    public void Rag_counts_count_the_whole_report_or_the_chosen_indicators()
    {
        var whole = Compose(new ChartTemplate(Here, ChartTemplateKind.RagCounts)).Charts.Single();
        var some = Compose(new ChartTemplate(Here, ChartTemplateKind.RagCounts) { Indicators = ["CSP1", "CSP2"] }).Charts.Single();

        Assert.That(whole.Series.Single().Values, Is.EqualTo(new double?[] { 2, 0, 1 }));
        Assert.That(some.Series.Single().Values, Is.EqualTo(new double?[] { 1, 0, 1 }));
    }

    [Test]
    public void The_size_comes_from_the_template()
    {
        var (charts, _) = Compose(YearOnYear with { Indicator = "CSP1", Size = new ChartSize(0.5, 170) });

        Assert.That((charts.Single().Size.WidthFraction, charts.Single().Size.Height), Is.EqualTo((0.5, 170.0)));
    }
}
