using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Content;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Charts;

/// <summary>
/// Writes a chart as a figure: its title as the caption, and the plot as inline SVG with <c>role="img"</c> whose
/// accessible name is the chart's alternative text (the PDF's <c>/Alt</c>), so a screen reader says the words
/// instead of reading the drawing. The SVG is as wide (in points) as the chart is on paper and shrinks with the page.
/// </summary>
internal static class ChartWriter
{
    /// <summary>The smallest share of its size on paper a chart is drawn at before its region scrolls, so its labels stay legible.</summary>
    private const double SmallestScale = 0.8;

    public static void Write(Chart chart, HtmlContext context)
    {
        var width = context.SectionWidth * chart.Size.WidthFraction;
        var labelSize = Math.Max(7, context.Document.Style.SmallSize - 1);
        var titleHeight = chart.Title.Length > 0 ? ((context.Document.Style.SmallSize + 1) * 1.2) + 4 : 0;
        var svg = new ChartSvg(chart, width, Math.Max(chart.Size.Height - titleHeight, 1), labelSize);

        var id = context.NextChartId();
        context.Raw($"<figure class=\"chart\" style=\"max-width:{Css.Points(width)}\">\n");
        if (chart.Title.Length > 0)
        {
            context.Raw($"<figcaption id=\"{id}\">").Text(chart.Title).Raw("</figcaption>\n");
        }

        // On a narrow screen the chart keeps a legible size and scrolls sideways in its own region, as tables do.
        var name = chart.Title.Length > 0 ? $"aria-labelledby=\"{id}\"" : $"aria-label=\"{HtmlText.Attribute(chart.AltText)}\"";
        context.Raw($"<div class=\"chart-scroll\" role=\"region\" tabindex=\"0\" {name} style=\"--min-width:{Css.Points(width * SmallestScale)}\">\n");
        context.Raw(svg.Markup()).Raw("</div>\n</figure>\n");
    }
}
