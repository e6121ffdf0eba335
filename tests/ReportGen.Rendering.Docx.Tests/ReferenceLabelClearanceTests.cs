using ReportGen.Documents.Model;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using ReportGen.Tests.Shared;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// A reference line's end label ("Upper limit 570") never sits on a marker drawn at the same point: when a marker
/// wider than the label's own gap is drawn at the line's last point (a special-cause triangle in December), the label
/// is moved right (a manual layout offset, which Word and LibreOffice both honour) by half the marker and a gap.
/// </summary>
public sealed class ReferenceLabelClearanceTests
{
    private static readonly Rgb Orange = new(0xF4, 0x6A, 0x25);

    private static (IReadOnlyList<C.LineChartSeries> Series, double WidthPoints) Render(Chart chart)
    {
        using var docx = RenderedDocx.Of(new ReportDocument(
            new DocumentInfo("Clearance", "en-GB"),
            DocumentStyle.Default,
            [new Section(Orientation.Portrait, new PageFurniture(), [chart])]));
        var width = docx.Body.Descendants<DW.Extent>().Single().Cx!.Value / 12700.0;
        return ([.. docx.Main.ChartParts.Single().ChartSpace!.Descendants<C.LineChartSeries>().Select(s => (C.LineChartSeries)s.CloneNode(true))], width);
    }

    private static C.DataLabel Label(IReadOnlyList<C.LineChartSeries> series, string words) =>
        series.SelectMany(s => s.Descendants<C.DataLabel>()).Single(l => l.InnerText.Contains(words, StringComparison.Ordinal));

    // The label's offset to the right, in points, or 0 where it keeps its place.
    private static double OffsetPoints(C.DataLabel label, double width) =>
        label.GetFirstChild<C.Layout>()?.ManualLayout?.Left?.Val?.Value * width ?? 0;

    [Test]
    public void A_special_cause_marker_on_the_last_point_moves_the_labels_at_that_point_clear_of_it()
    {
        // December is a special cause of concern: an 8 pt triangle on the upper limit.
        var (series, width) = Render(ChartReport.Spc() with
        {
            Highlights = [new ChartHighlight("Special cause: concern", MarkerShape.Triangle, Orange, 0, [20])],
        });
        var upper = Label(series, "Upper limit");

        Assert.That(upper.Index!.Val!.Value, Is.EqualTo(20u));
        Assert.That(OffsetPoints(upper, width), Is.GreaterThanOrEqualTo(8 / 2.0 + 3).And.LessThan(20), "half the triangle and a gap, no more");
        Assert.That(upper.GetFirstChild<C.Layout>()!.ManualLayout!.Top!.Val!.Value, Is.EqualTo(0), "level with its line");
        Assert.That(OffsetPoints(Label(series, "Mean"), width), Is.EqualTo(OffsetPoints(upper, width)).Within(0.01), "the labels at one point stay in line");
    }

    [Test]
    public void A_small_marker_there_leaves_the_labels_where_Word_puts_them()
    {
        // The monthly figure's own 4 pt circle is cleared by the label's gap already.
        var (series, width) = Render(ChartReport.Spc() with { Highlights = [] });
        var labelled = series.SelectMany(s => s.Descendants<C.DataLabel>()).ToList();

        Assert.That(labelled, Has.Count.EqualTo(3), "mean and both limits");
        Assert.That(labelled.Select(l => OffsetPoints(l, width)), Has.All.EqualTo(0));
        Assert.That(labelled.Select(l => l.GetFirstChild<C.Layout>()), Has.All.Null);
    }

    [Test]
    public void Reference_lines_stay_unmarked()
    {
        var (series, _) = Render(ChartReport.Spc() with
        {
            Highlights = [new ChartHighlight("Special cause: concern", MarkerShape.Triangle, Orange, 0, [20])],
        });

        Assert.That(
            series.Where(s => s.Descendants<C.DataLabel>().Any()).Select(s => s.Marker!.Symbol!.Val!.Value),
            Has.All.EqualTo(C.MarkerStyleValues.None));
    }
}
