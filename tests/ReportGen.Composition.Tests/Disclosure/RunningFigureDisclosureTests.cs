using ReportGen.Composition;
using ReportGen.Composition.Narrative;
using ReportGen.Composition.Templates;
using ReportGen.Core.Calculation;
using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;
using static ReportGen.Composition.Tests.Packs.PackFixtures;

namespace ReportGen.Composition.Tests.Disclosure;

/// <summary>
/// The monthly and survey tables on random small counts, calculated and protected as a build does: every small count
/// is [c], and no [c] month or quarter can be worked out, by any combination, from what the table shows (each month,
/// each year to date, each change, each cumulative figure and its parts) together with the indicator's figures
/// published elsewhere (the period, the years to date, the rolling year, the chart's points).
/// </summary>
public sealed class RunningFigureDisclosureTests
{
    private static readonly Period Q3 = Period.ForQuarter(new FinancialYear(2016), 3);
    private static readonly DisclosureRules Five = new() { SuppressBelow = 5 };
    private static readonly YearMonth First = new(2015, 4);

    // 40 seeds: counts up to 4, 8 or 30 by seed, from almost every month small to a few.
    [Test]
    public void No_suppressed_month_can_be_worked_out_from_a_monthly_table([Range(0, 39)] int seed)
    {
        var random = new Random(seed);
        var most = new[] { 4, 8, 30 }[seed % 3];
        var months = new MonthSpan(First, Q3.Span.Last).Months().ToList();
        var values = months.Select(_ => (decimal)random.Next(0, most + 1)).ToList();
        var definition = new IndicatorDefinition("HOM", "Homicide");
        var rows = months.Select((m, i) => new Observation("HOM", Period.ForMonth(m), null, values[i], null, null, null, null)).ToList();
        var published = DisclosureControl.Apply(ReportCalculator.Calculate([definition], rows, Q3), Five);
        var table = Table(published, new MonthlyTableTemplate(Here, "Monthly", ["HOM"], MonthlyTableTemplate.AllRows));

        var known = new LinearKnowledge(months.Count);
        var cells = table.BodyRows.Select(r => r.Cells.Skip(1).Select(CellText).ToList()).ToList();
        var hidden = new List<int>();
        for (var j = 0; j < 12; j++)
        {
            var lastYear = j;
            var thisYear = 12 + j;
            Record(known, hidden, cells[0][j], [lastYear]);
            Record(known, hidden, cells[3][j], Enumerable.Range(0, j + 1));
            if (thisYear < months.Count)
            {
                Record(known, hidden, cells[1][j], [thisYear]);
                Record(known, hidden, cells[4][j], Enumerable.Range(12, j + 1));
                if (Shown(cells[2][j]))
                {
                    known.Combination([(thisYear, 1), (lastYear, -1)]);
                }

                if (Shown(cells[5][j]))
                {
                    known.Combination([.. Enumerable.Range(12, j + 1).Select(i => (i, 1)), .. Enumerable.Range(0, j + 1).Select(i => (i, -1))]);
                }
            }
        }

        Elsewhere(known, published.Indicators.Single(), i => months[i]);
        Assert.Multiple(() =>
        {
            Assert.That(months.Select((m, i) => i).Where(i => values[i] is > 0m and < 5m), Is.SubsetOf(hidden), "every small count is [c] in the table");
            Assert.That(hidden.Where(known.Determines).Select(i => months[i].ToString()), Is.Empty, "no [c] month can be worked out");
        });
    }

    // 40 seeds: numerators up to 6, 15 or 40, so that some quarters are small and some are not.
    [Test]
    public void No_suppressed_quarter_can_be_worked_out_from_a_cumulative_survey_table([Range(0, 39)] int seed)
    {
        var random = new Random(seed);
        var most = new[] { 6, 15, 40 }[seed % 3];
        var quarters = Enumerable.Range(0, 11).Select(i => Period.ForQuarter(new FinancialYear(2014 + (i / 4)), (i % 4) + 1)).ToList();
        var parts = quarters.Select(_ => (Numerator: (decimal)random.Next(0, most + 1), Extra: (decimal)random.Next(1, most + 1))).ToList();
        var definition = new IndicatorDefinition("FVS", "Fraud victims satisfied")
        {
            Unit = Unit.Percent,
            Aggregation = Aggregation.Ratio,
            CumulativeFrom = new YearMonth(2014, 4),
        };
        var rows = quarters.Select((q, i) => Rate(q, parts[i].Numerator, parts[i].Numerator + parts[i].Extra)).ToList();
        var published = DisclosureControl.Apply(ReportCalculator.Calculate([definition], rows, Q3), Five);
        var table = Table(published, new SurveyTableTemplate(Here, "Survey", ["FVS"]));

        // The survey table's numerator row: a column per quarter of 2014/15 to 2016/17, cumulative from April 2014. A
        // rate's numerator and denominator are shown or hidden together, so one system of sums stands for both.
        var known = new LinearKnowledge(quarters.Count);
        var numerators = table.BodyRows[1].Cells.Skip(1).Take(12).Select(CellText).ToList();
        var hiddenCumulative = new List<int>();
        for (var q = 0; q < quarters.Count; q++)
        {
            Record(known, hiddenCumulative, numerators[q], Enumerable.Range(0, q + 1));
        }

        Elsewhere(known, published.Indicators.Single(), i => quarters[i].Span.First);
        var hidden = published.Indicators.Single().Series.Select((p, i) => (p, i)).Where(x => x.p.Figure.Suppressed).Select(x => x.i).ToList();
        var small = parts.Select((p, i) => (p, i)).Where(x => x.p.Numerator is > 0m and < 5m || (x.p.Numerator + x.p.Extra) is > 0m and < 5m).Select(x => x.i);
        Assert.Multiple(() =>
        {
            Assert.That(small, Is.SubsetOf(hidden), "every small count is suppressed");
            Assert.That(hidden.Where(known.Determines).Select(i => quarters[i].ToString()), Is.Empty, "no suppressed quarter can be worked out");
            Assert.That(numerators.Take(quarters.Count).All(c => c.Length > 0), Is.True, "every quarter to date has a cell");
        });
    }

    private static Observation Rate(Period quarter, decimal numerator, decimal denominator) =>
        new("FVS", quarter, null, denominator == 0m ? null : numerator / denominator * 100m, numerator, denominator, null, null);

    private static Table Table(ReportResults results, TemplateBlock block)
    {
        var input = new CompositionInput(results, Commentary.Empty, "commentary/2016-17-Q3.md", "Pack", null, "en-GB", "pack", null, new Dictionary<string, object?>());
        var template = new ReportTemplate("test", new TemplateDocument("Pack"), TemplateTheme.Default, [new TemplateSection(Orientation.Landscape, null, [block])], Here);
        var (document, problems) = DocumentComposer.Compose(template, input);
        Assert.That(problems.Where(p => p.Severity == Core.Diagnostics.Severity.Error), Is.Empty);
        return document.Sections.SelectMany(s => s.Blocks).OfType<Table>().Single();
    }

    private static bool Shown(string cell) => cell.Length > 0 && cell != Confidential.Symbol && cell != "n/a";

    // A cell that shows a figure is a known sum of the unknowns it covers; a [c] cell of a single unknown is a hidden one.
    private static void Record(LinearKnowledge known, List<int> hidden, string cell, IEnumerable<int> covers)
    {
        var indices = covers.ToList();
        if (Shown(cell))
        {
            known.Sum(indices);
        }
        else if (cell == Confidential.Symbol && indices.Count == 1)
        {
            hidden.Add(indices[0]);
        }
    }

    // What the rest of the pack publishes of the indicator (the indicator table, results.json, the chart): each figure
    // shown over its span, and each point of the series shown.
    private static void Elsewhere(LinearKnowledge known, IndicatorResult result, Func<int, YearMonth> start)
    {
        var count = result.Series.Count;
        IEnumerable<int> Inside(MonthSpan span) => Enumerable.Range(0, count).Where(i => span.Contains(result.Series[i].Period.Span));
        var end = Q3.Span.Last;
        var figures = new (Aggregate Figure, MonthSpan Span)[]
        {
            (result.Period, Q3.Span), (result.PreviousPeriod, Q3.Previous.Span), (result.SamePeriodLastYear, Q3.SamePeriodLastYear.Span),
            (result.Ytd, Q3.YearToDate), (result.YtdLastYear, Q3.SamePeriodLastYear.YearToDate), (result.PreviousYtd, Q3.Previous.YearToDate),
            (result.Rolling12, new MonthSpan(end.AddMonths(-11), end)), (result.Cumulative, new MonthSpan(start(0), end)),
        };
        foreach (var (_, span) in figures.Where(f => !f.Figure.Suppressed && f.Figure.Value is not null && f.Span.First >= start(0)))
        {
            known.Sum(Inside(span));
        }

        for (var i = 0; i < count; i++)
        {
            if (!result.Series[i].Figure.Suppressed)
            {
                known.Sum([i]);
            }
        }
    }
}
