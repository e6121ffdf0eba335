using ReportGen.Documents.Model;

namespace ReportGen.Documents.Tests.Model;

/// <summary>What a <see cref="Chart"/> refuses to be, and the legend it lists.</summary>
public sealed class ChartModelTests
{
    static readonly Rgb Blue = Rgb.FromHex("#12436D");
    static readonly ValueAxis Axis = new("Number", 0, 10, 5, "#,##0", [new AxisTick(0, "0"), new AxisTick(5, "5"), new AxisTick(10, "10")]);

    static Chart Lines(string alt = "Two lines.") => new(
        ChartKind.Line,
        "Title",
        alt,
        ["Apr", "May"],
        Axis,
        [new ChartSeries("2015/16", [1, 2], Blue, LineDash.Dash), new ChartSeries("2016/17", [3, null], Blue)],
        ChartSize.Default);

    [TestCase("")]
    [TestCase("   ")] // whitespace says nothing to a screen reader either
    public void A_chart_without_alt_text_cannot_be_made(string alt)
    {
        Assert.That(() => Lines(alt), Throws.ArgumentException.With.Message.Contains("alternative text"));
    }

    [Test]
    public void Alt_text_cannot_be_blanked_afterwards()
    {
        var chart = Lines();

        Assert.That(() => chart with { AltText = "" }, Throws.ArgumentException);
    }

    [Test]
    public void Every_series_has_one_value_per_category()
    {
        Assert.That(
            () => Lines() with { Series = [new ChartSeries("short", [1], Blue)] },
            Throws.ArgumentException.With.Message.Contains("'short' has 1 values for 2 categories"));
    }

    [TestCase(0.0, 100.0)] // no width at all
    [TestCase(1.5, 100.0)] // wider than the text
    [TestCase(0.5, 0.0)] // no height
    public void A_size_out_of_range_is_refused(double width, double height)
    {
        Assert.That(() => new ChartSize(width, height), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void The_legend_lists_series_then_each_reference_line_name_once_then_highlights()
    {
        var chart = Lines() with
        {
            ReferenceLines =
            [
                new ReferenceLine(ReferenceLineKind.Mean, "Mean 2", 2, Blue, LineDash.Solid, 0, 1) { LegendLabel = "Mean" },
                new ReferenceLine(ReferenceLineKind.UpperLimit, "Upper limit 4", 4, Blue, LineDash.Dash, 0, 1) { LegendLabel = "Process limits" },
                new ReferenceLine(ReferenceLineKind.LowerLimit, "Lower limit 0", 0, Blue, LineDash.Dash, 0, 1) { LegendLabel = "Process limits" },
                new ReferenceLine(ReferenceLineKind.Target, "Target 3", 3, Blue, LineDash.Dot, 0, 1) { InLegend = false },
            ],
            Highlights = [new ChartHighlight("Special cause: concern", MarkerShape.Triangle, Blue, 1, [0])],
        };

        var entries = chart.LegendEntries();

        Assert.That(entries.Select(e => e.Label), Is.EqualTo(new[] { "2015/16", "2016/17", "Mean", "Process limits", "Special cause: concern" }));
        Assert.That(entries.Select(e => e.Symbol), Is.EqualTo(new[] { LegendSymbol.Line, LegendSymbol.Line, LegendSymbol.Line, LegendSymbol.Line, LegendSymbol.Marker }));
        Assert.That(entries[0].Dash, Is.EqualTo(LineDash.Dash));
        Assert.That(entries[^1].Marker, Is.EqualTo(MarkerShape.Triangle));
    }

    [Test]
    public void A_chart_without_a_legend_lists_nothing()
    {
        Assert.That((Lines() with { Legend = LegendPosition.None }).LegendEntries(), Is.Empty);
    }

    [Test]
    public void Bar_series_show_as_squares_in_the_legend()
    {
        var bars = Lines() with { Kind = ChartKind.Bar };

        Assert.That(bars.LegendEntries().Select(e => e.Symbol), Has.All.EqualTo(LegendSymbol.Bar));
    }
}
