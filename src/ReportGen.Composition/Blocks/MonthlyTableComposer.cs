using ReportGen.Composition.Charts;
using ReportGen.Composition.Tables;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>monthly-table:</c> for each indicator, a table with a column per month (or quarter) of the financial year and
/// the rows asked for: months still to come are blank; a month without data is "n/a", and so is every year to date
/// after it. Row labels are row headers; the prediction spans the months. Figures disclosure control suppressed are
/// <c>[c]</c>, and so is a change from one and a year to date that would give one away (<see cref="RunningFigures.At"/>).
/// </summary>
internal static class MonthlyTableComposer
{
    public static IEnumerable<Block> Compose(MonthlyTableTemplate template, CompositionContext context)
    {
        foreach (var result in IndicatorSelection.Select(template.Indicators, context, template.Location, "the monthly table"))
        {
            if (result.Series.Count == 0 || result.Series[0].Period.Kind == PeriodKind.Year)
            {
                context.Problems.Add(Core.Diagnostics.Problem.Warning(template.Location,
                    $"no monthly table for {result.Definition.Id} ({result.Definition.Title}): it has no monthly or quarterly figures"));
                continue;
            }

            yield return Table(result, template, context);
        }
    }

    private static Table Table(IndicatorResult result, MonthlyTableTemplate template, CompositionContext context)
    {
        var d = result.Definition;
        var locals = context.IndicatorLocals(result);
        var reported = context.Input.Results.Period;
        var kind = result.Series[0].Period.Kind;
        var thisYear = PeriodLabels.Of(reported.Year, kind);
        var lastYear = PeriodLabels.Of(reported.Year.Previous, kind);
        var shown = thisYear.Count(p => p.Span.Last <= reported.Span.Last);
        var now = thisYear.Take(shown).Select(p => RunningFigures.At(result, p.Span)).ToList();
        var before = lastYear.Select(p => RunningFigures.At(result, p.Span)).ToList();
        var nowYtd = thisYear.Take(shown).Select(p => RunningFigures.At(result, new MonthSpan(reported.Year.FirstMonth, p.Span.Last))).ToList();
        var beforeYtd = lastYear.Select(p => RunningFigures.At(result, new MonthSpan(reported.Year.Previous.FirstMonth, p.Span.Last))).ToList();
        var noun = PeriodLabels.Noun(kind);

        IEnumerable<string> Cells(Func<int, string> cell) => Enumerable.Range(0, thisYear.Count).Select(cell);
        string Now(int i, IReadOnlyList<Aggregate> values) => i < shown ? Display.Figure(d, values[i]) : string.Empty;
        string Change(int i, IReadOnlyList<Aggregate> values, IReadOnlyList<Aggregate> earlier) =>
            i < shown ? PackVariables.Change(d, values[i], earlier[i]) : string.Empty;

        var rows = new List<TableRow>();
        foreach (var row in template.Rows)
        {
            rows.Add(row switch
            {
                MonthlyRow.LastYear => Row($"{reported.Year.Previous} ({noun})", Cells(i => Display.Figure(d, before[i]))),
                MonthlyRow.ThisYear => Row($"{reported.Year} ({noun})", Cells(i => Now(i, now))),
                MonthlyRow.Change => Row($"Change ({noun})", Cells(i => Change(i, now, before))),
                MonthlyRow.LastYearYtd => Row($"{reported.Year.Previous} (YTD)", Cells(i => Display.Figure(d, beforeYtd[i]))),
                MonthlyRow.ThisYearYtd => Row($"{reported.Year} (YTD)", Cells(i => Now(i, nowYtd))),
                MonthlyRow.ChangeYtd => Row("Change (YTD)", Cells(i => Change(i, nowYtd, beforeYtd))),
                _ => Forecast(result, reported.Year, thisYear.Count),
            });
        }

        var title = template.Title is null ? d.Title : context.Text(template.Title, template.Location, locals);
        var header = new TableRow([Header(title, CellAlignment.Left), .. thisYear.Select(p => Header(PeriodLabels.WithinYear(p), CellAlignment.Right))]);
        return new Table(
            context.Text(template.Caption, template.Location, locals),
            [new TableColumn(2.4), .. thisYear.Select(_ => new TableColumn(1, CellAlignment.Right))],
            [header],
            rows);
    }

    private static TableRow Row(string label, IEnumerable<string> cells) =>
        new([new TableCell([Paragraph.Of(label)], IsHeader: true), .. cells.Select(c => TableCell.Of(c))]);

    private static TableRow Forecast(IndicatorResult result, FinancialYear year, int columns)
    {
        var words = result.Withheld.HasFlag(Withheld.Forecast) ? Confidential.Symbol
            : result.Forecast is { } forecast
            ? $"{Display.Figure(result.Definition, forecast.Value)} (projected from the year to date {(forecast.Method == Core.Analytics.ForecastMethod.LastYearProfile ? "on last year's profile" : "in a straight line")})"
            : "n/a (only totals are predicted)";
        return new TableRow([new TableCell([Paragraph.Of($"Prediction {year} year end")], IsHeader: true), TableCell.Of(words) with { ColumnSpan = columns, Alignment = CellAlignment.Left }]);
    }

    private static TableCell Header(string text, CellAlignment alignment) => new([Paragraph.Of(text)], IsHeader: true, Alignment: alignment);
}
