using ReportGen.Documents.Model;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportGen.Rendering.Docx.Charts;

/// <summary>
/// The category axis along the bottom and the value axis with the chart's own scale (bounds, step, number format,
/// title), light gridlines and no axis line on the left, as the PDF draws them.
/// </summary>
internal static class AxisWriter
{
    /// <summary>The category axis's id.</summary>
    public const uint CategoryAxisId = 500000001;

    /// <summary>The value axis's id.</summary>
    public const uint ValueAxisId = 500000002;

    /// <summary>The category axis: labels under the plot, every <paramref name="skip"/>th one, no tick marks.</summary>
    public static C.CategoryAxis Categories(ChartText text, int skip) => new(
        new C.AxisId { Val = CategoryAxisId },
        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
        new C.Delete { Val = false },
        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.Low },
        ChartShapes.LineShape(ChartText.Axis, 0.75),
        ChartShapes.Text(text.LabelSize, ChartText.Axis, text.Font, rotation: 0),
        new C.CrossingAxis { Val = ValueAxisId },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.TickLabelSkip { Val = skip },
        new C.TickMarkSkip { Val = skip },
        new C.NoMultiLevelLabels { Val = false });

    /// <summary>The value axis with <paramref name="axis"/>'s scale.</summary>
    public static C.ValueAxis Values(ValueAxis axis, ChartText text)
    {
        var value = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(
                new C.Orientation { Val = C.OrientationValues.MinMax },
                new C.MaxAxisValue { Val = axis.Maximum },
                new C.MinAxisValue { Val = axis.Minimum }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.MajorGridlines(ChartShapes.LineShape(ChartText.Grid, 0.5)));
        if (axis.Title.Length > 0)
        {
            value.Append(new C.Title(
                ChartShapes.Rich(axis.Title, text.LabelSize, ChartText.Axis, text.Font, rotation: -5400000),
                new C.Overlay { Val = false }));
        }

        value.Append(
            new C.NumberingFormat { FormatCode = axis.FormatCode, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            ChartShapes.Invisible(),
            ChartShapes.Text(text.LabelSize, ChartText.Axis, text.Font),
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between },
            new C.MajorUnit { Val = axis.MajorUnit });
        return value;
    }
}
