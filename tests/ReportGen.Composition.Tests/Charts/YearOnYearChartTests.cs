using ReportGen.Composition.Charts;
using ReportGen.Composition.Tests.Composition;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Tests.Charts;

/// <summary>This year against last year by month, from Havering's total notifiable offences at Q3 2016/17.</summary>
public sealed class YearOnYearChartTests
{
    static readonly ChartTemplate Template = new(Fixtures.Here, ChartTemplateKind.ThisYearVsLastYear);

    static Chart Build(IndicatorResult result)
    {
        var chart = YearOnYearChart.Build(result, Fixtures.Q3, Template, null, out var why);
        Assert.That(why, Is.Null);
        return chart!;
    }

    [Test]
    public void The_categories_are_the_months_of_the_financial_year()
    {
        var chart = Build(ChartData.Tno());

        Assert.That(chart.Categories, Is.EqualTo(new[] { "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar" }));
        Assert.That(chart.Kind, Is.EqualTo(ChartKind.Line));
    }

    [Test]
    public void Last_year_is_whole_and_this_year_stops_at_the_reported_month()
    {
        var chart = Build(ChartData.Tno());

        Assert.That(chart.Series.Select(s => s.Name), Is.EqualTo(new[] { "2015/16", "2016/17" }));
        Assert.That(chart.Series[0].Values, Is.EqualTo(ChartData.TnoMonths.Take(12).Select(v => (double?)(double)v)));
        Assert.That(chart.Series[1].Values, Is.EqualTo(ChartData.TnoMonths.Skip(12).Select(v => (double?)(double)v).Concat([null, null, null])));
    }

    [Test]
    public void The_two_years_differ_in_dash_and_marker_as_well_as_colour()
    {
        var (last, now) = (Build(ChartData.Tno()).Series[0], Build(ChartData.Tno()).Series[1]);

        Assert.That(now.Color, Is.EqualTo(Rgb.FromHex("#12436D")));
        Assert.That(last.Color, Is.EqualTo(Rgb.FromHex("#28A197")));
        Assert.That((now.Dash, now.Marker), Is.Not.EqualTo((last.Dash, last.Marker)));
        Assert.That(now.Dash, Is.Not.EqualTo(last.Dash));
        Assert.That(now.Marker, Is.Not.EqualTo(last.Marker));
    }

    [Test]
    public void The_value_axis_hugs_the_figures_with_labels_as_the_pack_writes_numbers()
    {
        var axis = Build(ChartData.Tno()).ValueAxis;

        Assert.That((axis.Minimum, axis.Maximum, axis.MajorUnit), Is.EqualTo((1200.0, 1600.0, 100.0)));
        Assert.That(axis.Ticks.Select(t => t.Label), Is.EqualTo(new[] { "1,200", "1,300", "1,400", "1,500", "1,600" }));
        Assert.That(axis.FormatCode, Is.EqualTo("#,##0"));
        Assert.That(axis.Title, Is.EqualTo("Number"));
    }

    [Test]
    public void The_alt_text_says_the_span_the_change_and_the_extremes_in_words()
    {
        var chart = Build(ChartData.Tno());

        Assert.That(chart.AltText, Is.EqualTo(
            "Monthly total notifiable offences, April 2016 to December 2016, against the same months a year earlier: "
            + "4.5% above last year in the year to date; highest in May 2016 (1,523), lowest in September 2016 (1,390)."));
    }

    [Test]
    public void A_fall_is_written_as_below_last_year()
    {
        var result = ChartData.Tno() with { Ytd = new Aggregate(12000m), YtdChangePercent = (12000m - 12573m) / 12573m * 100m };

        Assert.That(Build(result).AltText, Does.Contain("4.6% below last year in the year to date"));
    }

    [Test]
    public void A_percentage_is_compared_as_two_rates_not_a_change_in_per_cent()
    {
        var marac = Fixtures.Marac() with
        {
            YtdLastYear = new Aggregate(30m),
            YtdChangePercent = 12m,
            Series = ChartData.Monthly([.. Enumerable.Range(0, 21).Select(i => (decimal?)(20 + i))]),
        };

        var chart = Build(marac);

        Assert.That(chart.AltText, Does.Contain("25.7% in the year to date against 30.0% a year earlier"));
        Assert.That(chart.ValueAxis.Ticks[^1].Label, Does.EndWith("%"));
    }

    [Test]
    public void The_default_title_names_the_indicator_and_both_years()
    {
        Assert.That(Build(ChartData.Tno()).Title, Is.EqualTo("Total notifiable offences by month, 2016/17 and 2015/16"));
    }

    [Test]
    public void An_indicator_without_figures_this_year_has_no_chart_and_says_why()
    {
        var result = ChartData.Tno() with { Series = ChartData.Monthly(ChartData.TnoMonths.Take(12).ToList()) };

        var chart = YearOnYearChart.Build(result, Fixtures.Q3, Template, null, out var why);

        Assert.That(chart, Is.Null);
        Assert.That(why, Is.EqualTo("it has no figures for 2016/17"));
    }

    [Test]
    public void Quarterly_figures_give_four_quarters()
    {
        var q = new[] { 3905m, 4148m, 4520m, 4297m, 4498m, 4290m, 4355m };
        var series = q.Select((v, i) => new SeriesPoint(
            Core.Periods.Period.ForQuarter(new Core.Periods.FinancialYear(2015 + (i / 4)), (i % 4) + 1), new Aggregate(v))).ToList();

        var chart = Build(ChartData.Tno() with { Series = series });

        Assert.That(chart.Categories, Is.EqualTo(new[] { "Q1", "Q2", "Q3", "Q4" }));
        Assert.That(chart.AltText, Does.StartWith("Quarterly total notifiable offences, Quarter 1 (2016/17) to Quarter 3 (2016/17), against the same quarters"));
        Assert.That(chart.ValueAxis.FormatCode, Is.EqualTo(AxisFormat.FormatCode(Unit.Count, 0)));
    }
}
