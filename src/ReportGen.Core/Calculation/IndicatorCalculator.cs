using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Calculation;

/// <summary>Works out one indicator for the reported period: its figures, target, rating and directions of travel.</summary>
internal static class IndicatorCalculator
{
    /// <summary>The result of <paramref name="definition"/> from its own <paramref name="rows"/>.</summary>
    public static IndicatorResult Calculate(
        IndicatorDefinition definition, IReadOnlyList<Observation> rows, Period period, ICollection<Problem> warnings)
    {
        var wholeRows = rows.Where(ObservationRows.IsWhole).ToList();
        var series = SeriesBuilder.Build(definition.Id, wholeRows, definition.Aggregation, definition.Unit, warnings);
        var figures = Figures.Of(series, period, definition.Aggregation, definition.Unit);
        var breakdowns = BreakdownCalculator.Calculate(definition, rows.Where(row => !ObservationRows.IsWhole(row)), period, warnings);
        // An indicator not due in this period (an annual one at Q3) is expected to have no new figures: no warning.
        var due = ReportingDue.IsDue(definition.Frequency, period);
        if (due)
        {
            WarnAboutFigures(definition, series, figures, period, breakdowns.Count > 0, warnings);
        }

        WarnAboutTolerance(definition, warnings);

        // Contextual and monitor indicators have no target and no rating; monitor ones no direction of travel either.
        var rated = definition.Rag.Basis == RatingBasis.Period ? figures[Figure.Period].Value : figures[Figure.Ytd].Value;
        var isTarget = definition.Type == IndicatorType.Target;
        SourceLocation? targetSource = null;
        var target = isTarget ? TargetResolver.Resolve(definition, period, wholeRows, warnings, out targetSource) : null;
        var range = definition.Polarity != Polarity.Band ? null
            : definition.Range ?? (target is { } single ? new TargetRange(single, single) : null);
        var check = isTarget ? TargetChecker.Check(definition, rated, target, range) : TargetCheck.None;
        var figuresOnly = new IndicatorResult
        {
            Definition = definition,
            Period = NotAvailable.Mark(figures[Figure.Period].Aggregate, wholeRows, period.Span),
            PreviousPeriod = NotAvailable.Mark(figures[Figure.PreviousPeriod].Aggregate, wholeRows, period.Previous.Span),
            SamePeriodLastYear = NotAvailable.Mark(figures[Figure.SamePeriodLastYear].Aggregate, wholeRows, period.SamePeriodLastYear.Span),
            Ytd = NotAvailable.Mark(figures[Figure.Ytd].Aggregate, wholeRows, period.YearToDate),
            YtdLastYear = figures[Figure.YtdLastYear].Aggregate,
            PreviousYtd = figures[Figure.PreviousYtd].Aggregate,
            Breakdowns = breakdowns,
        };
        var withDirection = definition.Type != IndicatorType.Monitor;
        var dotShort = withDirection ? DirectionOfTravel.Compare(Comparisons.ShortTerm(figuresOnly), definition, range) : null;
        var spc = IndicatorSpc.Analyse(definition, series, period, warnings);
        var rag = isTarget && due ? RagAssessor.Assess(definition, period, rated, check, dotShort, wholeRows, warnings, spc, range) : RagOutcome.None;

        var result = figuresOnly with
        {
            YtdChangePercent = YtdChange.Percent(figures[Figure.Ytd].Value, figures[Figure.YtdLastYear].Value),
            Target = check.Target,
            TargetSource = check.Target is null ? null : targetSource,
            Allowance = check.Allowance,
            RatedValue = rated,
            OffTarget = due ? check.OffTarget : null,
            NotDue = !due,
            Provisional = wholeRows.Any(row => row.Provisional && row.HasFigure
                && row.Period.Span.First >= period.YearToDate.First && row.Period.Span.Last <= period.Span.Last),
            Rag = rag.Rag,
            RagLabel = rag.Label,
            DotShort = dotShort,
            DotLong = withDirection ? DirectionOfTravel.Compare(Comparisons.LongTerm(figuresOnly), definition, range) : null,
            Series = SeriesPoints(series, period, definition),
            Spc = spc,
        };
        result = result with { Running = Running(series, result.Series, period, definition) };
        return IndicatorAnalytics.Add(result, series, period, range, warnings);
    }

    /// <summary>Each point of the series up to the end of <paramref name="period"/>, as its own period's figure.</summary>
    private static IReadOnlyList<SeriesPoint> SeriesPoints(Series series, Period period, IndicatorDefinition definition) =>
        series.Points
            .Where(point => point.Span.Last <= period.Span.Last)
            .Select(point => new SeriesPoint(
                point.Period,
                SpanAggregator.Aggregate(series, point.Span, definition.Aggregation, definition.Unit, period.Year.StartMonth).Aggregate))
            .ToList();

    /// <summary>The running figures of <see cref="RunningSpans"/> that can be had, aggregated as every span is.</summary>
    private static IReadOnlyList<RunningFigure> Running(Series series, IReadOnlyList<SeriesPoint> points, Period period, IndicatorDefinition definition) =>
        RunningSpans.Of(definition, points, period)
            .Select(span => new RunningFigure(span, SpanAggregator.Aggregate(series, span, definition.Aggregation, definition.Unit, period.Year.StartMonth).Aggregate))
            .Where(running => running.Figure.Value is not null)
            .ToList();

    private static void WarnAboutFigures(
        IndicatorDefinition definition, Series series, Figures figures, Period period, bool hasBreakdowns, ICollection<Problem> warnings)
    {
        if (!series.IsEmpty)
        {
            BlankFigureWarnings.Add(series, figures, period, warnings);
        }
        else if (hasBreakdowns)
        {
            warnings.Add(Problem.Warning(null,
                $"{definition.Id}: has breakdown rows but no rows for the whole (a blank breakdown), so it has no "
                + "whole figure; the whole is never added up from its parts"));
        }
        else if (definition.Rag.Method != RagMethod.Manual)
        {
            // A manually rated indicator may rightly have ratings and no figures (a milestone).
            warnings.Add(Problem.Warning(null, $"{definition.Id}: no data rows give it a figure, so its figures are blank"));
        }
    }

    private static void WarnAboutTolerance(IndicatorDefinition definition, ICollection<Problem> warnings)
    {
        if (definition.Tolerance is { Kind: ToleranceKind.PercentagePoints } tolerance && definition.Unit != Unit.Percent)
        {
            warnings.Add(Problem.Warning(null,
                $"{definition.Id}: a tolerance in percentage points ({tolerance}) suits only percent indicators; "
                + $"it is read as {Formatting.Number(tolerance.Amount)} in the indicator's unit"));
        }
    }
}
