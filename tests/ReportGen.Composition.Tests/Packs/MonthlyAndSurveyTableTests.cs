using ReportGen.Composition.Templates;
using ReportGen.Core.Analytics;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Packs;

/// <summary>The City of London measures' monthly table (Apr to Mar, year to date, changes, prediction) and survey table (quarters, cumulative).</summary>
public sealed class MonthlyAndSurveyTableTests
{
    private static readonly FinancialYear Year2016 = new(2016);

    private static Period Month(int year, int month) => Period.ForMonth(new YearMonth(year, month));

    /// <summary>Violence: 2015/16 has 10 a month; 2016/17 has 12 a month to December except November, which is missing.</summary>
    private static IndicatorResult Violence()
    {
        var series = new List<SeriesPoint>();
        foreach (var month in Year2016.Previous.Span.Months())
        {
            series.Add(new SeriesPoint(Period.ForMonth(month), new Aggregate(10m)));
        }

        foreach (var month in new MonthSpan(Year2016.FirstMonth, new YearMonth(2016, 12)).Months().Where(m => m.Month != 11))
        {
            series.Add(new SeriesPoint(Period.ForMonth(month), new Aggregate(12m)));
        }

        return new IndicatorResult
        {
            Definition = new IndicatorDefinition("VBV", "Victim-based violence") { Polarity = Polarity.Lower },
            Series = series,
            Forecast = new YearEndForecast(150m, ForecastMethod.LastYearProfile),
        };
    }

    private static ReportGen.Composition.CompositionInput Q3(params IndicatorResult[] results)
    {
        var input = Input(results);
        return input with { Results = input.Results with { Period = Period.ForQuarter(Year2016, 3) } };
    }

    [Test]
    public void The_monthly_table_has_a_column_per_month_blank_after_the_period_and_n_a_after_a_missing_month()
    {
        var table = Single<Table>(Compose(Q3(Violence()), SectionRepeat.Once, new MonthlyTableTemplate(Here, "Monthly", ["VBV"], MonthlyTableTemplate.AllRows)));

        var rows = Rows(table);
        Assert.That(rows[0], Is.EqualTo("Victim-based violence | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec | Jan | Feb | Mar"));
        Assert.That(rows[1], Is.EqualTo("2015/16 (month) | 10 | 10 | 10 | 10 | 10 | 10 | 10 | 10 | 10 | 10 | 10 | 10"));
        Assert.That(rows[2], Is.EqualTo("2016/17 (month) | 12 | 12 | 12 | 12 | 12 | 12 | 12 | n/a | 12 |  |  | "));
        Assert.That(rows[3], Is.EqualTo("Change (month) | +2 | +2 | +2 | +2 | +2 | +2 | +2 | n/a | +2 |  |  | "));
        Assert.That(rows[4], Is.EqualTo("2015/16 (YTD) | 10 | 20 | 30 | 40 | 50 | 60 | 70 | 80 | 90 | 100 | 110 | 120"));
        Assert.That(rows[5], Is.EqualTo("2016/17 (YTD) | 12 | 24 | 36 | 48 | 60 | 72 | 84 | n/a | n/a |  |  | "), "a missing month blanks every year to date after it");
        Assert.That(rows[6], Is.EqualTo("Change (YTD) | +2 | +4 | +6 | +8 | +10 | +12 | +14 | n/a | n/a |  |  | "));
        Assert.That(rows[7], Is.EqualTo("Prediction 2016/17 year end | 150 (projected from the year to date on last year's profile)"));
        Assert.That(table.BodyRows[0].Cells[0].IsHeader, Is.True, "row labels are row headers");
    }

    [Test]
    public void The_survey_table_is_cumulative_from_its_start_quarter_by_quarter_as_the_City_of_London_measures_print_it()
    {
        var increments = new (int N, int D)[] { (21, 53), (18, 25), (80, 105), (14, 14), (33, 47), (21, 25), (22, 26), (15, 21), (10, 10), (59, 80), (12, 20) };
        var quarters = Enumerable.Range(0, 11).Select(i => Period.ForQuarter(new FinancialYear(2014 + (i / 4)), (i % 4) + 1)).ToList();
        var survey = new IndicatorResult
        {
            Definition = new IndicatorDefinition("FVSWE", "Whole experience")
            {
                Unit = Unit.Percent,
                Aggregation = Aggregation.Ratio,
                CumulativeFrom = new YearMonth(2014, 4),
            },
            Series = [.. quarters.Zip(increments, (q, x) => new SeriesPoint(q, new Aggregate(x.N * 100m / x.D, x.N, x.D)))],
        };

        var table = Single<Table>(Compose(Q3(survey), SectionRepeat.Once, new SurveyTableTemplate(Here, "Survey", ["FVSWE"])));

        var rows = Rows(table);
        Assert.That(rows[0], Is.EqualTo("Measure | 2014/15 | 2015/16 | 2016/17 | Trend"), "a header row of years over one of quarters");
        Assert.That(rows[1], Does.StartWith("Quarter | Q1 | Q2 | Q3 | Q4 | Q1").And.EndWith("| on last quarter"), "and every header cell says what its column is");
        Assert.That(rows[2], Is.EqualTo("Percentage of respondents satisfied | 40% | 50% | 65% | 68% | 68% | 70% | 71% | 71% | 72% | 72% | 72% |  | ↓ -0.6pp (worse)"));
        Assert.That(rows[3], Is.EqualTo("Number of respondents satisfied | 21 | 39 | 119 | 133 | 166 | 187 | 209 | 224 | 234 | 293 | 305 |  | –"));
        Assert.That(rows[4], Is.EqualTo("Number of valid responses | 53 | 78 | 183 | 197 | 244 | 269 | 295 | 316 | 326 | 406 | 426 |  | –"));
    }
}
