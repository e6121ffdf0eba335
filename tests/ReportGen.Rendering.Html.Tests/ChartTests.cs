using ReportGen.Rendering.Html.Tests.Support;
using ReportGen.Tests.Shared;

namespace ReportGen.Rendering.Html.Tests;

/// <summary>Charts read back: inline SVG named by the chart's alternative text (the PDF's /Alt), with its title, axis, series and legend.</summary>
public sealed class ChartTests
{
    [Test]
    public void Each_chart_is_an_svg_image_whose_name_is_the_alt_text_the_pdf_uses()
    {
        var figures = Rendered.Parse(ChartReport.Document()).QuerySelectorAll("figure").ToList();
        Assert.That(figures.Select(f => f.QuerySelector("svg")?.GetAttribute("aria-label")), Is.EqualTo(new[] { ChartReport.LinesAlt, ChartReport.SpcAlt, ChartReport.BarsAlt }));
        Assert.That(figures.Select(f => f.QuerySelector("svg")?.GetAttribute("role")), Is.All.EqualTo("img"));
        Assert.That(figures[0].QuerySelector("figcaption")?.TextContent, Is.EqualTo(ChartReport.Lines().Title));
    }

    [Test]
    public void A_line_chart_draws_its_ticks_categories_series_and_legend()
    {
        var chart = ChartReport.Lines();
        var svg = Rendered.Parse(ChartReport.Document()).QuerySelectorAll("svg").First();
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.That(texts, Is.SupersetOf(chart.ValueAxis.Ticks.Select(t => t.Label)));
        Assert.That(texts, Is.SupersetOf(chart.Categories.Where((_, i) => i % 2 == 0).Take(3)));
        Assert.That(texts, Does.Contain("2015/16").And.Contain("2016/17"), "the legend");
        Assert.That(svg.QuerySelectorAll("polyline"), Has.Length.EqualTo(2), "one line per series; the months to come are a gap");
        Assert.That(svg.QuerySelectorAll("polyline").Select(p => p.GetAttribute("points")!.Split(' ').Length), Is.EqualTo(new[] { 12, 9 }));
        Assert.That(svg.QuerySelectorAll("polyline")[0].GetAttribute("stroke-dasharray"), Is.Not.Null, "last year is dashed: not colour alone");
    }

    [Test]
    public void An_spc_chart_labels_its_mean_and_limits_and_marks_special_causes()
    {
        var svg = Rendered.Parse(ChartReport.Document()).QuerySelectorAll("svg")[1];
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.That(texts, Does.Contain("Mean 460").And.Contain("Upper limit 570").And.Contain("Lower limit 350"));
        Assert.That(texts, Does.Contain("Special cause: improvement").And.Contain("Special cause: concern"));
        Assert.That(svg.QuerySelectorAll("polygon").Length, Is.GreaterThanOrEqualTo(7), "the concern points are triangles");
    }

    [Test]
    public void A_bar_chart_draws_its_bars_in_their_colours_with_their_values()
    {
        var svg = Rendered.Parse(ChartReport.Document()).QuerySelectorAll("svg")[2];
        var bars = svg.QuerySelectorAll("rect").Where(r => r.GetAttribute("height") != "8").ToList();
        Assert.That(bars.Select(b => b.GetAttribute("fill")), Does.Contain("#D4351C").And.Contain("#00703C"));
        Assert.That(svg.QuerySelectorAll("text").Select(t => t.TextContent), Does.Contain("2").And.Contain("1"));
    }
}
