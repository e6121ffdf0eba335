using System.Text;
using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Charts;

/// <summary>
/// A chart drawn as SVG the way the PDF draws it: the value axis's title, gridlines with the tick labels, reference
/// lines, the series (bars, or lines broken at gaps with their markers), the axis line, highlighted points, the
/// reference lines' labels to the right of the plot, the category labels (thinned when they would collide) and the
/// legend underneath. Units are points; text widths are estimated from the font size.
/// </summary>
internal sealed class ChartSvg(Chart chart, double width, double height, double labelSize)
{
    /// <summary>The light grey of gridlines.</summary>
    private const string GridColor = "#D9D9D9";

    /// <summary>The grey of the axis and tick labels: 7:1 on white.</summary>
    private const string AxisColor = "#505A5F";

    /// <summary>The smallest plot height worth drawing.</summary>
    private const double MinimumPlotHeight = 60;

    /// <summary>The share of a category's slot a group of bars fills.</summary>
    private const double BarGroupShare = 0.7;

    private readonly StringBuilder _svg = new();

    private double LineHeight => labelSize * 1.2;

    public string Markup()
    {
        var y = 0.0;
        var body = new StringBuilder();
        if (chart.ValueAxis.Title.Length > 0)
        {
            body.Append(Text(chart.ValueAxis.Title, 0, y + labelSize, "start", AxisColor));
            y += LineHeight + 2;
        }

        var legend = Legend.Measure(chart.LegendEntries(), width, labelSize);
        var categoryHeight = LineHeight + 6;
        var total = Math.Max(height, y + MinimumPlotHeight + categoryHeight + legend.Height);
        var frame = Frame(y + (LineHeight / 2), total - legend.Height - categoryHeight);

        _svg.Append($"<svg role=\"img\" aria-label=\"{HtmlText.Attribute(chart.AltText)}\" focusable=\"false\" viewBox=\"0 0 {Css.Number(width)} {Css.Number(total)}\" width=\"{Css.Number(width)}\" height=\"{Css.Number(total)}\" font-size=\"{Css.Number(labelSize)}\">\n");
        _svg.Append(body);
        foreach (var tick in chart.ValueAxis.Ticks)
        {
            var ty = frame.Y(tick.Value);
            _svg.Append(Line(frame.Left, ty, frame.Right, ty, GridColor, 0.5, LineDash.Solid));
            _svg.Append(Text(tick.Label, frame.Left - 4, ty + (labelSize * 0.35), "end", AxisColor));
        }

        foreach (var line in chart.ReferenceLines)
        {
            var ly = frame.Y(line.Value);
            _svg.Append(Line(frame.Edge(line.First), ly, frame.Edge(line.Last + 1), ly, Css.Color(line.Color), line.LineWidth, line.Dash));
        }

        Series(frame);
        _svg.Append(Line(frame.Left, frame.Baseline, frame.Right, frame.Baseline, AxisColor, 0.75, LineDash.Solid));
        foreach (var highlight in chart.Highlights)
        {
            foreach (var index in highlight.Points)
            {
                if (chart.Series[highlight.Series].Values[index] is { } value)
                {
                    _svg.Append(Marker(frame.X(index), frame.Y(value), highlight.Shape, highlight.MarkerSize, Css.Color(highlight.Color)));
                }
            }
        }

        ReferenceLabels(frame);
        Categories(frame);
        _svg.Append(legend.Draw(total - legend.Height));
        _svg.Append("</svg>\n");
        return _svg.ToString();
    }

    /// <summary>The estimated width of <paramref name="text"/> at <paramref name="size"/> points.</summary>
    public static double TextWidth(string text, double size) => text.Length * size * 0.55;

    /// <summary>An SVG text element, its text escaped.</summary>
    public static string Text(string text, double x, double y, string anchor, string color) =>
        $"<text x=\"{Css.Number(x)}\" y=\"{Css.Number(y)}\" text-anchor=\"{anchor}\" fill=\"{color}\">{HtmlText.Escape(text)}</text>\n";

    /// <summary>An SVG line in <paramref name="dash"/>.</summary>
    public static string Line(double x1, double y1, double x2, double y2, string color, double lineWidth, LineDash dash) =>
        $"<line x1=\"{Css.Number(x1)}\" y1=\"{Css.Number(y1)}\" x2=\"{Css.Number(x2)}\" y2=\"{Css.Number(y2)}\" stroke=\"{color}\" stroke-width=\"{Css.Number(lineWidth)}\"{DashArray(dash, lineWidth)}/>\n";

    /// <summary>The dash pattern of <paramref name="dash"/> as an attribute (empty for a solid line).</summary>
    public static string DashArray(LineDash dash, double lineWidth) => dash switch
    {
        LineDash.Dash => $" stroke-dasharray=\"{Css.Number(3 * lineWidth)} {Css.Number(2 * lineWidth)}\"",
        LineDash.Dot => $" stroke-dasharray=\"{Css.Number(lineWidth)} {Css.Number(1.5 * lineWidth)}\"",
        LineDash.LongDash => $" stroke-dasharray=\"{Css.Number(6 * lineWidth)} {Css.Number(2.5 * lineWidth)}\"",
        _ => string.Empty,
    };

    /// <summary>A marker of <paramref name="shape"/> centred on (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static string Marker(double x, double y, MarkerShape shape, double size, string color)
    {
        var r = size / 2;
        return shape switch
        {
            MarkerShape.Circle => $"<circle cx=\"{Css.Number(x)}\" cy=\"{Css.Number(y)}\" r=\"{Css.Number(r)}\" fill=\"{color}\"/>\n",
            MarkerShape.Square => $"<rect x=\"{Css.Number(x - r)}\" y=\"{Css.Number(y - r)}\" width=\"{Css.Number(size)}\" height=\"{Css.Number(size)}\" fill=\"{color}\"/>\n",
            MarkerShape.Triangle => Polygon(color, (x, y - r), (x + r, y + r), (x - r, y + r)),
            MarkerShape.Diamond => Polygon(color, (x, y - r), (x + r, y), (x, y + r), (x - r, y)),
            _ => string.Empty,
        };
    }

    private static string Polygon(string color, params (double X, double Y)[] points) =>
        $"<polygon points=\"{string.Join(" ", points.Select(p => Css.Number(p.X) + "," + Css.Number(p.Y)))}\" fill=\"{color}\"/>\n";

    private ChartFrame Frame(double top, double bottom)
    {
        var left = chart.ValueAxis.Ticks.Select(t => TextWidth(t.Label, labelSize)).DefaultIfEmpty(0).Max() + 4;
        var labels = chart.ReferenceLines.Where(l => l.Labelled).Select(l => TextWidth(l.Label, labelSize)).DefaultIfEmpty(-4).Max() + 4;
        var right = width - Math.Max(labels, 2);
        var frame = new ChartFrame(left, top, right, bottom, chart.Categories.Count, chart.ValueAxis);
        var last = chart.Categories.Count == 0 ? 0 : (TextWidth(chart.Categories[^1], labelSize) / 2) - (frame.Slot / 2);
        var spare = width - right;
        return last > spare ? frame with { Right = right - (last - spare) } : frame;
    }

    private void Series(ChartFrame frame)
    {
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            if (chart.Kind == ChartKind.Bar)
            {
                Bars(series, s, frame);
            }
            else
            {
                Lines(series, frame);
            }
        }
    }

    private void Bars(ChartSeries series, int index, ChartFrame frame)
    {
        var group = frame.Slot * BarGroupShare;
        var barWidth = group / chart.Series.Count;
        var labelled = series.ValueLabels is { } texts && texts.All(t => TextWidth(t, labelSize) <= frame.Slot - 2);
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                continue;
            }

            var left = frame.X(i) - (group / 2) + (index * barWidth);
            var top = Math.Min(frame.Y(value), frame.Baseline);
            var bottom = Math.Max(frame.Y(value), frame.Baseline);
            var fill = series.PointColors is { } colors ? colors[i] : series.Color;
            _svg.Append($"<rect x=\"{Css.Number(left)}\" y=\"{Css.Number(top)}\" width=\"{Css.Number(barWidth)}\" height=\"{Css.Number(bottom - top)}\" fill=\"{Css.Color(fill)}\"/>\n");
            if (labelled)
            {
                var baseline = value >= 0 ? top - 2 : bottom + labelSize + 1;
                _svg.Append(Text(series.ValueLabels![i], left + (barWidth / 2), baseline, "middle", Css.Color(StyleText)));
            }
        }
    }

    private static Rgb StyleText => Styles.StyleSheet.TextColor;

    private void Lines(ChartSeries series, ChartFrame frame)
    {
        var color = Css.Color(series.Color);
        var run = new List<(double X, double Y)>();
        for (var i = 0; i <= series.Values.Count; i++)
        {
            if (i < series.Values.Count && series.Values[i] is { } value)
            {
                run.Add((frame.X(i), frame.Y(value)));
                continue;
            }

            // A gap (or the end) closes the run: a lone point is shown by its marker only.
            if (run.Count >= 2)
            {
                _svg.Append($"<polyline points=\"{string.Join(" ", run.Select(p => Css.Number(p.X) + "," + Css.Number(p.Y)))}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{Css.Number(series.LineWidth)}\" stroke-linejoin=\"round\"{DashArray(series.Dash, series.LineWidth)}/>\n");
            }

            run.Clear();
        }

        if (series.Marker != MarkerShape.None)
        {
            for (var i = 0; i < series.Values.Count; i++)
            {
                if (series.Values[i] is { } value)
                {
                    _svg.Append(Marker(frame.X(i), frame.Y(value), series.Marker, series.MarkerSize, color));
                }
            }
        }
    }

    private void ReferenceLabels(ChartFrame frame)
    {
        var placed = chart.ReferenceLines.Where(l => l.Labelled).Select(l => (l.Label, Y: frame.Y(l.Value))).OrderBy(l => l.Y).ToList();
        var gap = LineHeight * 0.95;
        for (var i = 1; i < placed.Count; i++)
        {
            if (placed[i].Y - placed[i - 1].Y < gap)
            {
                placed[i] = placed[i] with { Y = placed[i - 1].Y + gap };
            }
        }

        var overflow = placed.Count == 0 ? 0 : placed[^1].Y - (frame.Bottom + (gap / 2));
        foreach (var (label, y) in placed)
        {
            _svg.Append(Text(label, frame.Right + 4, y - Math.Max(0, overflow) + (labelSize * 0.35), "start", Css.Color(StyleText)));
        }
    }

    private void Categories(ChartFrame frame)
    {
        var widest = chart.Categories.Count == 0 ? 0 : chart.Categories.Max(c => TextWidth(c, labelSize)) + 6;
        var step = frame.Slot <= 0 ? 1 : Math.Max(1, (int)Math.Ceiling(widest / frame.Slot));
        for (var i = 0; i < chart.Categories.Count; i += step)
        {
            var x = frame.X(i);
            if (chart.Kind != ChartKind.Bar)
            {
                _svg.Append(Line(x, frame.Bottom, x, frame.Bottom + 3, AxisColor, 0.5, LineDash.Solid));
            }

            _svg.Append(Text(chart.Categories[i], x, frame.Bottom + 4 + labelSize, "middle", AxisColor));
        }
    }
}
