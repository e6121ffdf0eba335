using ReportGen.Composition.Charts;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Charts;

/// <summary>Bars counting each rating: colour from the theme, and the word and the count beside every colour.</summary>
public sealed class RagCountChartTests
{
    static readonly ChartTemplate Template = new(Fixtures.Here, ChartTemplateKind.RagCounts);

    [Test]
    public void One_bar_per_rating_in_the_themes_colours_with_its_count()
    {
        var chart = RagCountChart.Build(new RagSummary(2, 0, 1, 0), Fixtures.Q3, TemplateTheme.Default, Template, null);

        Assert.That(chart.Kind, Is.EqualTo(ChartKind.Bar));
        Assert.That(chart.Categories, Is.EqualTo(new[] { "Red", "Amber", "Green" }));
        var bars = chart.Series.Single();
        Assert.That(bars.Values, Is.EqualTo(new double?[] { 2, 0, 1 }));
        Assert.That(bars.PointColors, Is.EqualTo(new[] { TemplateTheme.Default.Rag[Rag.Red].Fill, TemplateTheme.Default.Rag[Rag.Amber].Fill, TemplateTheme.Default.Rag[Rag.Green].Fill }));
        Assert.That(bars.ValueLabels, Is.EqualTo(new[] { "2", "0", "1" }));
        Assert.That(chart.Legend, Is.EqualTo(LegendPosition.None));
    }

    [Test]
    public void Unrated_indicators_get_a_grey_bar_of_their_own()
    {
        var chart = RagCountChart.Build(new RagSummary(1, 1, 1, 2), Fixtures.Q3, TemplateTheme.Default, Template, null);

        Assert.That(chart.Categories[^1], Is.EqualTo("Not rated"));
        Assert.That(chart.Series.Single().Values[^1], Is.EqualTo(2));
    }

    [Test]
    public void The_scale_counts_in_whole_indicators_from_zero()
    {
        var chart = RagCountChart.Build(new RagSummary(2, 0, 1, 0), Fixtures.Q3, TemplateTheme.Default, Template, null);

        Assert.That(chart.ValueAxis.Ticks.Select(t => t.Label), Is.EqualTo(new[] { "0", "1", "2", "3" }));
    }

    [Test]
    public void The_alt_text_counts_every_rating_in_words()
    {
        var chart = RagCountChart.Build(new RagSummary(2, 0, 1, 0), Fixtures.Q3, TemplateTheme.Default, Template, null);

        Assert.That(chart.AltText, Is.EqualTo("Bar chart of indicators by RAG rating, Q3 2016/17: 2 Red, 0 Amber and 1 Green, of 3 indicators."));
        Assert.That(chart.Title, Is.EqualTo("Indicators by RAG rating, Q3 2016/17"));
    }
}
