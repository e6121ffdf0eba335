using ReportGen.Composition.Text;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Charts;

/// <summary>
/// <c>kind: this-year-vs-last-year</c>: the reported financial year's figures by month (or quarter) as a solid dark
/// blue line with circles, the year before as a dashed turquoise line with squares, one category per period of the
/// year. Months still to come are gaps.
/// </summary>
internal static class YearOnYearChart
{
    /// <summary>The chart, or <see langword="null"/> with the reason in <paramref name="why"/> when there is nothing to draw.</summary>
    public static Chart? Build(IndicatorResult result, Period reported, ChartTemplate template, string? title, out string? why)
    {
        var definition = result.Definition;
        if (result.Series.Count == 0)
        {
            why = "it has no figures to chart";
            return null;
        }

        var kind = result.Series[0].Period.Kind;
        if (kind == PeriodKind.Year)
        {
            why = "its figures are yearly; this year against last year needs monthly or quarterly figures";
            return null;
        }

        var year = reported.Year;
        var figures = result.Series.ToDictionary(p => p.Period, p => p.Figure.Value);
        var thisYear = PeriodLabels.Of(year, kind);
        var lastYear = PeriodLabels.Of(year.Previous, kind);
        var now = thisYear.Select(p => AxisFormat.ToDouble(figures.GetValueOrDefault(p))).ToList();
        var before = lastYear.Select(p => AxisFormat.ToDouble(figures.GetValueOrDefault(p))).ToList();
        if (now.All(v => v is null))
        {
            why = $"it has no figures for {year}";
            return null;
        }

        var series = new List<ChartSeries>();
        if (before.Any(v => v is not null))
        {
            series.Add(new ChartSeries(year.Previous.ToString(), before, ChartPalette.Turquoise, LineDash.Dash, MarkerShape.Square));
        }

        series.Add(new ChartSeries(year.ToString(), now, ChartPalette.DarkBlue, LineDash.Solid, MarkerShape.Circle));
        var values = series.SelectMany(s => s.Values).OfType<double>().Select(v => (decimal)v).ToList();
        var scale = NiceScale.For(values.Min(), values.Max(), fromZero: false, definition.Unit == Unit.Count, Ceiling(definition));
        why = null;
        return new Chart(
            ChartKind.Line,
            title ?? $"{definition.Title} by {PeriodLabels.Noun(kind)}, {year} and {year.Previous}",
            AltText(result, kind, year),
            thisYear.Select(PeriodLabels.WithinYear).ToList(),
            AxisFormat.Axis(scale, definition.Unit, template.AxisTitle ?? AxisFormat.DefaultTitle(definition.Unit)),
            series,
            template.Size);
    }

    /// <summary>
    /// "Monthly total notifiable offences, April 2016 to December 2016, against the same months a year earlier: 4.5%
    /// above last year in the year to date; highest in May 2016 (1,523), lowest in September 2016 (1,390)."
    /// </summary>
    internal static string AltText(IndicatorResult result, PeriodKind kind, FinancialYear year)
    {
        var points = result.Series.Where(p => p.Period.Year == year && p.Figure.Value is not null).ToList();
        var span = points.Count == 1
            ? PeriodLabels.Long(points[0].Period)
            : $"{PeriodLabels.Long(points[0].Period)} to {PeriodLabels.Long(points[^1].Period)}";
        var text = $"{PeriodLabels.Adjective(kind)} {PeriodLabels.InSentence(result.Definition.Title)}, {span}, "
            + $"against the same {PeriodLabels.Noun(kind)}s a year earlier: {ChartWords.YearToDate(result)}";
        var extremes = ChartWords.HighestAndLowest(points, result.Definition);
        return text + (extremes.Length > 0 ? "; " + extremes : string.Empty) + ".";
    }

    private static decimal? Ceiling(IndicatorDefinition definition) => definition.Unit == Unit.Percent ? 100m : null;
}
