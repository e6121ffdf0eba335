using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;
using ReportGen.Rendering.Pdf.Tests.Fixtures;
using ReportGen.Rendering.Pdf.Tests.Support;
using ReportGen.Tests.Shared;

namespace ReportGen.Rendering.Pdf.Tests.Layout;

/// <summary>Where a chart goes on the page and what it is drawn with.</summary>
public sealed class ChartLayoutTests
{
    [Test]
    public void A_chart_that_does_not_fit_below_the_text_moves_whole_to_the_next_page()
    {
        // However much text comes first, every piece of the chart lands on one page.
        for (var filler = 0; filler < 60; filler += 3)
        {
            var blocks = Enumerable.Range(0, filler).Select(i => (Block)Paragraph.Of($"Filler paragraph {i}."))
                .Append(ChartReport.Lines(height: 300))
                .ToArray();
            var pages = Layouts.Paginate(blocks);

            var withChart = pages.Where(p => p.Ops.OfType<PolylineOp>().Any() || p.Ops.OfType<BeginFigureOp>().Any()).ToList();
            Assert.That(withChart, Has.Count.EqualTo(1), $"{filler} paragraphs before");
            Assert.That(Layouts.PageOf(pages, "Total notifiable"), Is.EqualTo(Layouts.PageOf(pages, "2016/17")));
            Assert.That(withChart[0].Ops.OfType<TextOp>().Max(t => t.Baseline), Is.LessThanOrEqualTo(withChart[0].Geometry.ContentBottom));
        }
    }

    [Test]
    public void A_chart_taller_than_a_page_is_drawn_as_tall_as_the_page()
    {
        var pages = Layouts.Paginate(Paragraph.Of("Before."), ChartReport.Lines(height: 5000));

        Assert.That(pages, Has.Count.EqualTo(2));
        var figure = pages[1].Ops.OfType<BeginFigureOp>().Single();
        Assert.That(figure.Height, Is.EqualTo(pages[1].Geometry.ContentHeight).Within(0.01));
    }

    [Test]
    public void Lines_break_at_gaps_and_every_point_has_its_marker()
    {
        var ops = Layouts.Paginate(ChartReport.Lines()).Single().Ops;

        var lines = ops.OfType<PolylineOp>().ToList();
        Assert.That(lines.Select(l => l.Points.Count), Is.EqualTo(new[] { 12, 9 }), "last year's twelve months, this year's nine");
        Assert.That(lines.Select(l => l.Dash), Is.EqualTo(new[] { LineDash.Dash, LineDash.Solid }));
        Assert.That(ops.OfType<MarkerOp>().Count(m => m.Shape == MarkerShape.Circle), Is.EqualTo(9 + 1), "nine points and the legend's");
        Assert.That(ops.OfType<MarkerOp>().Count(m => m.Shape == MarkerShape.Square), Is.EqualTo(12 + 1));
    }

    [Test]
    public void Higher_values_are_drawn_higher_on_the_page()
    {
        var line = Layouts.Paginate(ChartReport.Lines()).Single().Ops.OfType<PolylineOp>().Last();

        // 2016/17: April 1,480 then May 1,523: May's point is above April's (y grows downwards).
        Assert.That(line.Points[1].Y, Is.LessThan(line.Points[0].Y));
    }

    [Test]
    public void Special_cause_points_are_drawn_over_the_line_in_their_own_shape_and_colour()
    {
        var ops = Layouts.Paginate(ChartReport.Spc()).Single().Ops.ToList();

        var concern = ops.OfType<MarkerOp>().Where(m => m.Shape == MarkerShape.Triangle && m.Size == 8).ToList();
        Assert.That(concern, Has.Count.EqualTo(7));
        Assert.That(concern, Has.All.Property(nameof(MarkerOp.Fill)).EqualTo(Rgb.FromHex("#F46A25")));
        Assert.That(ops.IndexOf(concern[0]), Is.GreaterThan(ops.FindLastIndex(o => o is PolylineOp)));
    }

    [Test]
    public void Reference_lines_span_the_plot_and_carry_their_labels_at_the_right()
    {
        var ops = Layouts.Paginate(ChartReport.Spc()).Single().Ops.ToList();

        var mean = ops.OfType<LineOp>().Single(l => l.Color == Rgb.FromHex("#28A197") && l.Width == 1.25);
        var label = ops.OfType<TextOp>().Single(t => t.Text == "Mean 460");
        Assert.That(label.X, Is.GreaterThan(mean.X2));
        Assert.That(label.Baseline, Is.EqualTo(mean.Y1).Within(6));
        Assert.That(ops.OfType<LineOp>().Count(l => l.Dash == LineDash.Dash), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public void Labels_of_close_lines_are_nudged_apart()
    {
        var spc = ChartReport.Spc() with
        {
            ReferenceLines =
            [
                new ReferenceLine(ReferenceLineKind.Mean, "Mean 460", 460, Rgb.Black, LineDash.Solid, 0, 20) { InLegend = false },
                new ReferenceLine(ReferenceLineKind.Target, "Target 462", 462, Rgb.Black, LineDash.LongDash, 0, 20) { InLegend = false },
            ],
        };

        var texts = Layouts.Paginate(spc).Single().Ops.OfType<TextOp>().ToList();
        var (mean, target) = (texts.Single(t => t.Text == "Mean 460"), texts.Single(t => t.Text == "Target 462"));

        Assert.That(Math.Abs(mean.Baseline - target.Baseline), Is.GreaterThanOrEqualTo(8));
    }

    [Test]
    public void Category_labels_are_thinned_when_they_would_collide()
    {
        var texts = Layouts.Paginate(ChartReport.Spc() with { Size = new ChartSize(0.5, 220) }).Single().Ops.OfType<TextOp>().ToList();

        var shown = texts.Where(t => System.Text.RegularExpressions.Regex.IsMatch(t.Text, "^[A-Z][a-z]{2} 20(15|16)$")).ToList();
        Assert.That(shown, Has.Count.LessThan(21));
        Assert.That(shown[0].Text, Is.EqualTo("Apr 2015"));
        Assert.That(shown.Zip(shown.Skip(1)).All(p => p.Second.X > p.First.X + 30), Is.True, "neighbouring labels keep apart");
    }

    [Test]
    public void Bars_take_their_own_colours_and_carry_their_counts()
    {
        var ops = Layouts.Paginate(ChartReport.RagCounts()).Single().Ops.ToList();

        var bars = ops.OfType<RectOp>().Where(r => r.Fill is not null).ToList();
        Assert.That(bars.Select(b => b.Fill!.Value.Hex), Is.EqualTo(new[] { "D4351C", "F47738", "00703C" }));
        Assert.That(bars[0].Height, Is.EqualTo(2 * bars[2].Height).Within(0.01));
        Assert.That(ops.OfType<TextOp>().Select(t => t.Text), Is.SupersetOf(new[] { "2", "0", "1", "Red", "Amber", "Green" }));
        Assert.That(ops.OfType<BeginFigureOp>().Single().Width, Is.EqualTo((595 - (4 * 72 / 2.54)) / 2).Within(0.01));
    }
}
