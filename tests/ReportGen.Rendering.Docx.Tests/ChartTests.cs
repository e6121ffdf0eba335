using DocumentFormat.OpenXml.Packaging;
using ReportGen.Rendering.Docx.Tests.Fixtures;
using ReportGen.Tests.Shared;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGen.Rendering.Docx.Tests;

/// <summary>
/// Charts in Word are native, editable charts: a chart part per chart with its worksheet embedded, drawn inline with
/// the chart's alternative text as the drawing's description, in the same colours, dashes and markers as the PDF.
/// </summary>
public sealed class ChartTests
{
    private RenderedDocx _docx = null!;

    [OneTimeSetUp]
    public void RenderOnce() => _docx = RenderedDocx.Of(ChartReport.Document());

    [OneTimeTearDown]
    public void Close() => _docx.Dispose();

    private IReadOnlyList<DW.Inline> Drawings => [.. _docx.Body.Descendants<DW.Inline>()];

    private C.ChartSpace ChartOf(DW.Inline inline)
    {
        var id = inline.Descendants<C.ChartReference>().Single().Id!.Value!;
        return ((ChartPart)_docx.Main.GetPartById(id)).ChartSpace!;
    }

    private static string Name(C.LineChartSeries series) => series.SeriesText!.Descendants<C.NumericValue>().Single().Text;

    [Test]
    public void Every_chart_is_an_inline_chart_described_by_its_alt_text()
    {
        Assert.That(Drawings.Select(d => d.DocProperties!.Description!.Value), Is.EqualTo(new[] { ChartReport.LinesAlt, ChartReport.SpcAlt, ChartReport.BarsAlt }));
        Assert.That(Drawings.Select(d => d.DocProperties!.Id!.Value), Is.EqualTo(new uint[] { 1, 2, 3 }));
        Assert.That(Drawings[0].DocProperties!.Title!.Value, Is.EqualTo("Total notifiable offences by month, 2016/17 and 2015/16"));
        Assert.That(Drawings.Select(d => d.Descendants<A.GraphicData>().Single().Uri!.Value), Has.All.EqualTo("http://schemas.openxmlformats.org/drawingml/2006/chart"));
    }

    [Test]
    public void A_chart_is_as_wide_as_its_share_of_the_text_and_as_tall_as_asked()
    {
        // Portrait text is 9,638 twips (635 EMU each); heights are points (12,700 EMU each).
        Assert.That((Drawings[0].Extent!.Cx!.Value, Drawings[0].Extent!.Cy!.Value), Is.EqualTo((9638L * 635, 200L * 12700)));
        Assert.That(Drawings[2].Extent!.Cx!.Value, Is.EqualTo(4819L * 635));
    }

    [Test]
    public void Lines_keep_their_names_colours_dashes_markers_and_gaps()
    {
        var series = ChartOf(Drawings[0]).Descendants<C.LineChartSeries>().ToList();

        Assert.That(series.Select(s => Name(s)), Is.EqualTo(new[] { "2015/16", "2016/17" }));
        Assert.That(series.Select(s => s.ChartShapeProperties!.Descendants<A.RgbColorModelHex>().First().Val!.Value), Is.EqualTo(new[] { "28A197", "12436D" }));
        Assert.That(series.Select(s => s.ChartShapeProperties!.Descendants<A.PresetDash>().Single().Val!.Value), Is.EqualTo(new[] { A.PresetLineDashValues.Dash, A.PresetLineDashValues.Solid }));
        Assert.That(series.Select(s => s.Marker!.Symbol!.Val!.Value), Is.EqualTo(new[] { C.MarkerStyleValues.Square, C.MarkerStyleValues.Circle }));
        var thisYear = series[1].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().ToList();
        Assert.That(thisYear.Select(p => p.Index!.Value), Is.EqualTo(Enumerable.Range(0, 9).Select(i => (uint)i)), "January to March are gaps");
        Assert.That(thisYear[1].NumericValue!.Text, Is.EqualTo("1523"));
        Assert.That(ChartOf(Drawings[0]).Descendants<C.DisplayBlanksAs>().Single().Val!.Value, Is.EqualTo(C.DisplayBlanksAsValues.Gap));
    }

    [Test]
    public void The_value_axis_has_the_charts_scale_and_number_format()
    {
        var axis = ChartOf(Drawings[0]).Descendants<C.ValueAxis>().Single();

        Assert.That(axis.Scaling!.GetFirstChild<C.MinAxisValue>()!.Val!.Value, Is.EqualTo(1200));
        Assert.That(axis.Scaling!.GetFirstChild<C.MaxAxisValue>()!.Val!.Value, Is.EqualTo(1600));
        Assert.That(axis.GetFirstChild<C.MajorUnit>()!.Val!.Value, Is.EqualTo(100));
        Assert.That(axis.GetFirstChild<C.NumberingFormat>()!.FormatCode!.Value, Is.EqualTo("#,##0"));
        Assert.That(axis.GetFirstChild<C.Title>()!.InnerText, Is.EqualTo("Number"));
    }

    [Test]
    public void Reference_lines_are_unmarked_series_labelled_at_their_right_hand_end()
    {
        var series = ChartOf(Drawings[1]).Descendants<C.LineChartSeries>().ToList();
        var mean = series.Single(s => Name(s) == "Mean");

        Assert.That(mean.Marker!.Symbol!.Val!.Value, Is.EqualTo(C.MarkerStyleValues.None));
        var label = mean.Descendants<C.DataLabel>().Single();
        Assert.That(label.Index!.Val!.Value, Is.EqualTo(20u));
        Assert.That(label.InnerText, Does.Contain("Mean 460"));
        Assert.That(mean.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Count(), Is.EqualTo(21));
    }

    [Test]
    public void Special_cause_points_are_marker_only_series_in_their_shape_and_colour()
    {
        var concern = ChartOf(Drawings[1]).Descendants<C.LineChartSeries>().Single(s => Name(s) == "Special cause: concern");

        Assert.That(concern.ChartShapeProperties!.GetFirstChild<A.Outline>()!.GetFirstChild<A.NoFill>(), Is.Not.Null);
        Assert.That(concern.Marker!.Symbol!.Val!.Value, Is.EqualTo(C.MarkerStyleValues.Triangle));
        Assert.That(concern.Marker.Descendants<A.RgbColorModelHex>().First().Val!.Value, Is.EqualTo("F46A25"));
        Assert.That(concern.GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => p.Index!.Value), Is.EqualTo(Enumerable.Range(11, 7).Select(i => (uint)i)));
    }

    [Test]
    public void The_legend_names_each_reference_line_once()
    {
        var chart = ChartOf(Drawings[1]);
        var series = chart.Descendants<C.LineChartSeries>().ToList();
        var deleted = chart.Descendants<C.LegendEntry>().Select(e => Name(series[(int)e.Index!.Val!.Value])).ToList();

        Assert.That(deleted, Is.EqualTo(new[] { "Process limits" }), "the lower limit's entry repeats the upper's");
    }

    [Test]
    public void Bars_have_their_own_colours_and_value_labels_and_no_legend()
    {
        var chart = ChartOf(Drawings[2]);
        var bars = chart.Descendants<C.BarChartSeries>().Single();

        Assert.That(bars.Elements<C.DataPoint>().Select(p => p.Descendants<A.RgbColorModelHex>().Single().Val!.Value), Is.EqualTo(new[] { "D4351C", "F47738", "00703C" }));
        Assert.That(bars.GetFirstChild<C.DataLabels>()!.GetFirstChild<C.ShowValue>()!.Val!.Value, Is.True);
        Assert.That(chart.Descendants<C.Legend>(), Is.Empty);
    }

    [Test]
    public void Each_chart_embeds_a_worksheet_of_its_figures()
    {
        var part = (ChartPart)_docx.Main.GetPartById(Drawings[0].Descendants<C.ChartReference>().Single().Id!.Value!);
        var embedded = part.EmbeddedPackagePart!;
        using var stream = embedded.GetStream();
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<S.Cell>().ToDictionary(c => c.CellReference!.Value!, c => c.InnerText);

        Assert.That(ChartOf(Drawings[0]).GetFirstChild<C.ExternalData>()!.Id!.Value, Is.EqualTo(part.GetIdOfPart(embedded)));
        Assert.That((cells["B1"], cells["C1"], cells["A2"], cells["B2"], cells["C3"]), Is.EqualTo(("2015/16", "2016/17", "Apr", "1215", "1523")));
        Assert.That(cells.ContainsKey("C11"), Is.False, "January this year is a gap");
    }

    [Test]
    public void The_same_charts_give_the_same_bytes()
    {
        Assert.That(RenderedDocx.Render(ChartReport.Document()), Is.EqualTo(_docx.Bytes));
    }
}
