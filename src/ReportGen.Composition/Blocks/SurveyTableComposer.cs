using ReportGen.Composition.Tables;
using ReportGen.Composition.Templates;
using ReportGen.Composition.Text;
using ReportGen.Core.Data;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;
using ReportGen.Documents.Model;

namespace ReportGen.Composition.Blocks;

/// <summary>
/// <c>survey-table:</c> for each rate indicator, a column per quarter of the last few financial years (a header row of
/// years over a header row of quarters), rows for the rate, the respondents and the valid responses, cumulative from
/// the indicator's <c>cumulative_from</c> when it has one, and a trend cell: the reported quarter against the one
/// before, in points, with an arrow and a word in the polarity's sense. A quarter disclosure control suppressed is
/// <c>[c]</c> in all three rows, and so is a trend from it; a cumulative figure that would give one away is suppressed
/// by disclosure control too (<see cref="RunningFigures.At"/>).
/// </summary>
internal static class SurveyTableComposer
{
    public static IEnumerable<Block> Compose(SurveyTableTemplate template, CompositionContext context)
    {
        foreach (var result in IndicatorSelection.Select(template.Indicators, context, template.Location, "the survey table"))
        {
            if (result.Definition.Aggregation != Aggregation.Ratio || result.Series.Count == 0 || result.Series[0].Period.Kind == PeriodKind.Year)
            {
                context.Problems.Add(Core.Diagnostics.Problem.Warning(template.Location,
                    $"no survey table for {result.Definition.Id} ({result.Definition.Title}): it needs monthly or quarterly rates with numerators and denominators"));
                continue;
            }

            var locals = context.IndicatorLocals(result);
            if (template.Title is { } title && context.InlineMarkdown(title, template.Location, locals) is { Count: > 0 } words)
            {
                yield return new Paragraph([.. words.Select(w => w is TextRun run ? run with { Bold = true } : w)]) { KeepWithNext = true };
            }

            yield return Table(result, template, context, locals);
        }
    }

    private static Table Table(IndicatorResult result, SurveyTableTemplate template, CompositionContext context, IReadOnlyDictionary<string, object> locals)
    {
        var d = result.Definition;
        var reported = context.Input.Results.Period;
        var years = Enumerable.Range(0, template.Years).Select(i => new FinancialYear(reported.Year.StartYear - template.Years + 1 + i, reported.Year.StartMonth)).ToList();
        var quarters = years.SelectMany(y => Enumerable.Range(1, 4).Select(q => Period.ForQuarter(y, q))).ToList();
        var figures = quarters.Select(q => q.Span.Last <= reported.Span.Last ? QuarterFigure(result, q) : null).ToList();

        // Every header cell says what its column is (no empty corner), so that a screen reader can name each cell's
        // column and Word's accessibility checker passes the header rows.
        var yearRow = new TableRow([Header("Measure") with { Alignment = CellAlignment.Left }, .. years.Select(y => Header(y.ToString()) with { ColumnSpan = 4, Alignment = CellAlignment.Center }), Header("Trend") with { Alignment = CellAlignment.Center }]);
        var quarterRow = new TableRow([Header("Quarter") with { Alignment = CellAlignment.Left }, .. quarters.Select(q => Header("Q" + q.Index.ToString(System.Globalization.CultureInfo.InvariantCulture))), Header("on last quarter") with { Alignment = CellAlignment.Center }]);
        var last = figures.FindLastIndex(f => f is not null);
        var trend = Trend(d, last > 0 ? figures[last] : null, last > 0 ? figures[last - 1] : null, context);
        var dash = TableCell.Of("–") with { Alignment = CellAlignment.Center };
        var rows = new List<TableRow>
        {
            Row(template.ValueLabel, figures.Select(f => f is null ? string.Empty : Display.Figure(d, f)), trend),
            Row(template.NumeratorLabel, figures.Select(f => Part(f, f?.Numerator)), dash),
            Row(template.DenominatorLabel, figures.Select(f => Part(f, f?.Denominator)), dash),
        };
        return new Table(
            context.Text(template.Caption, template.Location, locals),
            [new TableColumn(3.2), .. quarters.Select(_ => new TableColumn(0.75, CellAlignment.Right)), new TableColumn(1.3, CellAlignment.Center)],
            [yearRow, quarterRow],
            rows);
    }

    /// <summary>
    /// The quarter's figure, or cumulative to its end from the indicator's <c>cumulative_from</c>; <see langword="null"/>
    /// before that month and when it cannot be had; <see cref="Aggregate.Confidential"/> when suppressed.
    /// </summary>
    private static Aggregate? QuarterFigure(IndicatorResult result, Period quarter)
    {
        var first = result.Definition.CumulativeFrom ?? quarter.Span.First;
        if (first > quarter.Span.Last)
        {
            return null;
        }

        return RunningFigures.At(result, new MonthSpan(first, quarter.Span.Last)) is { } figure && (figure.Value is not null || figure.Suppressed) ? figure : null;
    }

    // A numerator or denominator: [c] with its rate, empty when there is none.
    private static string Part(Aggregate? figure, decimal? part) =>
        figure?.Suppressed == true ? Confidential.Symbol : part is { } n ? Display.Number(n, 0) : string.Empty;

    private static TableCell Trend(IndicatorDefinition d, Aggregate? now, Aggregate? before, CompositionContext context)
    {
        if (now?.Suppressed == true || before?.Suppressed == true)
        {
            return RagCells.Confidential();
        }

        if (now?.Value is not { } current || before?.Value is not { } earlier)
        {
            return TableCell.Of(Display.Missing) with { Alignment = CellAlignment.Center };
        }

        var change = Core.Rounding.ForDisplay(current - earlier, 1);
        var better = d.Polarity == Polarity.Lower ? change < 0 : change > 0;
        var (arrow, colour) = change == 0 ? ("→", context.Theme.Same) : better ? (change > 0 ? "↑" : "↓", context.Theme.Better) : (change > 0 ? "↑" : "↓", context.Theme.Worse);
        var unit = d.Unit == Unit.Percent ? "pp" : string.Empty;
        return new TableCell(
            [new Paragraph([new TextRun(arrow, Bold: true, Color: colour), new TextRun($" {(change > 0 ? "+" : string.Empty)}{Display.Number(change, 1)}{unit} ({(change == 0 ? "same" : better ? "better" : "worse")})")])],
            Alignment: CellAlignment.Center);
    }

    private static TableRow Row(string label, IEnumerable<string> cells, TableCell trend) =>
        new([new TableCell([Paragraph.Of(label)], IsHeader: true), .. cells.Select(c => TableCell.Of(c)), trend]);

    private static TableCell Header(string text) => new([Paragraph.Of(text)], IsHeader: true, Alignment: CellAlignment.Right);
}
