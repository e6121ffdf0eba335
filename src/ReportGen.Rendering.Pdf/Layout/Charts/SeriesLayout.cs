using ReportGen.Documents.Model;
using ReportGen.Documents.Rendering;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Charts;

/// <summary>Draws a chart's series (bars, or lines broken at gaps with their markers) and its highlighted points.</summary>
internal static class SeriesLayout
{
    /// <summary>The share of a category's slot a group of bars fills.</summary>
    const double BarGroupShare = 0.7;

    /// <summary>Every series, in order.</summary>
    public static IEnumerable<DrawOp> Series(Chart chart, ChartFrame frame, ChartText valueLabels)
    {
        if (chart.Kind == ChartKind.Bar)
        {
            return chart.Series.SelectMany((series, s) => Bars(series, s, chart.Series.Count, frame, valueLabels));
        }

        return chart.Series.SelectMany(series => Line(series, frame));
    }

    /// <summary>The highlighted points' markers, over everything else.</summary>
    public static IEnumerable<DrawOp> Highlights(Chart chart, ChartFrame frame) =>
        from highlight in chart.Highlights
        from index in highlight.Points
        let value = chart.Series[highlight.Series].Values[index]
        where value is not null
        select new MarkerOp(frame.X(index), frame.Y(value.Value), highlight.Shape, highlight.MarkerSize, highlight.Color);

    static IEnumerable<DrawOp> Bars(ChartSeries series, int index, int count, ChartFrame frame, ChartText valueLabels)
    {
        var group = frame.Slot * BarGroupShare;
        var width = group / count;
        var labelled = series.ValueLabels is { } texts && texts.All(t => valueLabels.Width(t) <= frame.Slot - 2);
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                continue;
            }

            var left = frame.X(i) - (group / 2) + (index * width);
            var top = Math.Min(frame.Y(value), frame.Baseline);
            var bottom = Math.Max(frame.Y(value), frame.Baseline);
            var fill = series.PointColors is { } colors ? colors[i] : series.Color;
            yield return new RectOp(left, top, width, bottom - top, fill, null);
            if (labelled)
            {
                var above = value >= 0 ? top - valueLabels.LineHeight / 2 - 1 : bottom + valueLabels.LineHeight / 2 + 1;
                yield return valueLabels.At(series.ValueLabels![i], left + (width / 2), above, CellAlignment.Center);
            }
        }
    }

    static IEnumerable<DrawOp> Line(ChartSeries series, ChartFrame frame)
    {
        var run = new List<(double X, double Y)>();
        var ops = new List<DrawOp>();
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
                ops.Add(new PolylineOp([.. run], series.Color, series.LineWidth, series.Dash));
            }

            run.Clear();
        }

        if (series.Marker != MarkerShape.None)
        {
            ops.AddRange(series.Values
                .Select((v, i) => (v, i))
                .Where(p => p.v is not null)
                .Select(p => new MarkerOp(frame.X(p.i), frame.Y(p.v!.Value), series.Marker, series.MarkerSize, series.Color)));
        }

        return ops;
    }
}
