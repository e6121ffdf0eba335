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
    public static void Write(Chart chart, HtmlContext context)
    {
        var width = context.SectionWidth * chart.Size.WidthFraction;
        var labelSize = Math.Max(7, context.Document.Style.SmallSize - 1);
        var titleHeight = chart.Title.Length > 0 ? ((context.Document.Style.SmallSize + 1) * 1.2) + 4 : 0;
        var svg = new ChartSvg(chart, width, Math.Max(chart.Size.Height - titleHeight, 1), labelSize);

        context.Raw($"<figure class=\"chart\" style=\"max-width:{Css.Points(width)}\">\n");
        if (chart.Title.Length > 0)
        {
            context.Raw("<figcaption>").Text(chart.Title).Raw("</figcaption>\n");
        }

        context.Raw(svg.Markup()).Raw("</figure>\n");
    }
}
