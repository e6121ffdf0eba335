using ReportGen.Documents.Model;

namespace ReportGen.Tests.Shared;

/// <summary>
/// Charts as composition makes them from Havering's figures: this year against last year (lines with a gap for the
/// months to come), an SPC chart (mean, limits, special-cause points) and RAG counts (coloured, labelled bars).
/// </summary>
internal static class ChartReport
{
    public const string LinesAlt = "Monthly total notifiable offences, April 2016 to December 2016, against the same months a year earlier: 4.5% above last year in the year to date; highest in May 2016 (1,523), lowest in September 2016 (1,390).";
    public const string SpcAlt = "SPC chart of monthly number of anti-social behaviour incidents, April 2015 to December 2016 (21 points): mean 460, process limits 350 to 570.";
    public const string BarsAlt = "Bar chart of indicators by RAG rating, Q3 2016/17: 2 Red, 0 Amber and 1 Green, of 3 indicators.";

    static readonly Rgb DarkBlue = Rgb.FromHex("#12436D");
    static readonly Rgb Turquoise = Rgb.FromHex("#28A197");
    static readonly Rgb DarkGrey = Rgb.FromHex("#3D3D3D");
    static readonly Rgb Orange = Rgb.FromHex("#F46A25");

    static readonly double[] Asb = [372, 410, 420, 520, 498, 450, 402, 380, 358, 341, 322, 377, 420, 468, 504, 742, 781, 573, 489, 438, 395];

    public static ReportDocument Document(params Block[] before) => new(
        new DocumentInfo("Charts", "en-GB"),
        DocumentStyle.Default,
        [new Section(Orientation.Portrait, new PageFurniture(HeaderText: "Charts"), [.. before, Lines(), Spc(), RagCounts()])]);

    public static Chart Lines(double height = 200) => new(
        ChartKind.Line,
        "Total notifiable offences by month, 2016/17 and 2015/16",
        LinesAlt,
        ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"],
        Axis(1200, 1600, 100),
        [
            new ChartSeries("2015/16", [1215, 1300, 1390, 1420, 1352, 1376, 1530, 1512, 1478, 1445, 1390, 1462], Turquoise, LineDash.Dash, MarkerShape.Square),
            new ChartSeries("2016/17", [1480, 1523, 1495, 1502, 1398, 1390, 1461, 1463, 1431, null, null, null], DarkBlue, LineDash.Solid, MarkerShape.Circle),
        ],
        new ChartSize(1, height));

    public static Chart Spc() => new(
        ChartKind.Spc,
        "Number of anti-social behaviour incidents: SPC chart, Apr 2015 to Dec 2016",
        SpcAlt,
        [.. Enumerable.Range(0, 21).Select(i => new DateOnly(2015, 4, 1).AddMonths(i).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture))],
        Axis(200, 800, 100),
        [new ChartSeries("Monthly figure", [.. Asb.Select(v => (double?)v)], DarkGrey, LineDash.Solid, MarkerShape.Circle) { LineWidth = 1.25, MarkerSize = 4 }],
        new ChartSize(1, 220))
    {
        ReferenceLines =
        [
            new ReferenceLine(ReferenceLineKind.Mean, "Mean 460", 460, Turquoise, LineDash.Solid, 0, 20) { LegendLabel = "Mean" },
            new ReferenceLine(ReferenceLineKind.UpperLimit, "Upper limit 570", 570.09, DarkGrey, LineDash.Dash, 0, 20) { LegendLabel = "Process limits" },
            new ReferenceLine(ReferenceLineKind.LowerLimit, "Lower limit 350", 349.91, DarkGrey, LineDash.Dash, 0, 20) { LegendLabel = "Process limits" },
        ],
        Highlights =
        [
            new ChartHighlight("Special cause: improvement", MarkerShape.Circle, DarkBlue, 0, [3, 4, 5, 6, 7, 8, 9, 10]),
            new ChartHighlight("Special cause: concern", MarkerShape.Triangle, Orange, 0, [11, 12, 13, 14, 15, 16, 17]),
        ],
    };

    public static Chart RagCounts() => new(
        ChartKind.Bar,
        "Indicators by RAG rating, Q3 2016/17",
        BarsAlt,
        ["Red", "Amber", "Green"],
        Axis(0, 3, 1, "Indicators"),
        [new ChartSeries("Indicators", [2, 0, 1], DarkBlue)
        {
            PointColors = [Rgb.FromHex("#D4351C"), Rgb.FromHex("#F47738"), Rgb.FromHex("#00703C")],
            ValueLabels = ["2", "0", "1"],
        }],
        new ChartSize(0.5, 150))
    {
        Legend = LegendPosition.None,
    };

    static ValueAxis Axis(double min, double max, double step, string title = "Number")
    {
        var ticks = new List<AxisTick>();
        for (var v = min; v <= max; v += step)
        {
            ticks.Add(new AxisTick(v, v.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new ValueAxis(title, min, max, step, "#,##0", ticks);
    }
}
