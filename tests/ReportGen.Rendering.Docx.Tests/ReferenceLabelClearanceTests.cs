using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using ReportGen.Tests.Shared;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// A reference line's end label ("Upper limit 570") never sits on a marker drawn at the same point: Word and
/// LibreOffice set a right-hand label as far from its point as the point's marker is wide, so each labelled line
/// carries an invisible marker wider than the largest marker any series draws at its last point.
/// </summary>
public sealed class ReferenceLabelClearanceTests
{
    private static readonly Rgb Orange = new(0xF4, 0x6A, 0x25);

    private static IReadOnlyList<C.LineChartSeries> Series(Chart chart)
    {
        using var docx = RenderedDocx.Of(new ReportDocument(
            new DocumentInfo("Clearance", "en-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [chart])]));
        return [.. docx.Main.ChartParts.Single().ChartSpace!.Descendants<C.LineChartSeries>().Select(s => (C.LineChartSeries)s.CloneNode(true))];
    }

    private static string Name(C.LineChartSeries series) => series.SeriesText!.Descendants<C.NumericValue>().Single().Text;

    private static int MarkerSize(C.LineChartSeries series) => series.Marker!.Size!.Val!.Value;

    private static bool Invisible(C.LineChartSeries series) =>
        series.Marker!.ChartShapeProperties!.GetFirstChild<A.NoFill>() is not null
        && series.Marker.ChartShapeProperties.GetFirstChild<A.Outline>()!.GetFirstChild<A.NoFill>() is not null;

    [Test]
    public void A_special_cause_marker_on_the_last_point_pushes_the_upper_limit_label_beyond_it()
    {
        // The December point is a special cause of concern, an 8 pt triangle on the upper limit.
        var chart = ChartReport.Spc() with
        {
            Highlights = [new ChartHighlight("Special cause: concern", MarkerShape.Triangle, Orange, 0, [20])],
        };
        var series = Series(chart);
        var upper = series.Single(s => Name(s) == "Process limits" && s.Descendants<C.DataLabel>().Single().InnerText.Contains("Upper", StringComparison.Ordinal));

        Assert.That(Invisible(upper), Is.True);
        Assert.That(MarkerSize(upper), Is.GreaterThan(8), "wider than the 8 pt triangle it clears");
        Assert.That(upper.Descendants<C.DataLabel>().Single().Index!.Val!.Value, Is.EqualTo(20u));
    }

    [Test]
    public void Without_a_highlight_there_the_label_clears_the_monthly_figures_own_marker()
    {
        var series = Series(ChartReport.Spc() with { Highlights = [] });
        var labelled = series.Where(s => s.Descendants<C.DataLabel>().Any()).ToList();

        Assert.That(labelled, Has.Count.EqualTo(3), "mean and both limits");
        Assert.That(labelled.Select(Invisible), Has.All.True);
        Assert.That(labelled.Select(MarkerSize), Has.All.GreaterThan(4), "the monthly figure's marker is 4 pt");
    }

    [Test]
    public void The_series_of_figures_keep_their_visible_markers()
    {
        var monthly = Series(ChartReport.Spc()).Single(s => Name(s) == "Monthly figure");

        Assert.That(monthly.Marker!.Symbol!.Val!.Value, Is.EqualTo(C.MarkerStyleValues.Circle));
        Assert.That(Invisible(monthly), Is.False);
    }
}
