using System.Globalization;
using System.Text;
using ReportGen.Core;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Pipeline.Explaining;

/// <summary>
/// Turns one indicator's result, as the build worked it out, into an <see cref="IndicatorExplanation"/>: its values
/// and the sentences that say how each came about. Nothing is worked out again but the differences the sentences quote.
/// </summary>
internal static class ExplanationBuilder
{
    /// <summary>The explanation of <paramref name="result"/> for <paramref name="period"/>, from the indicator's own <paramref name="rows"/>.</summary>
    public static IndicatorExplanation Of(IndicatorResult result, Period period, IReadOnlyList<Observation> rows)
    {
        var d = result.Definition;
        var used = UsedRows(result, period, rows);
        var figures = Figures(result, period);
        var target = Target(result);
        var rating = Rating(result, period, rows, target);
        var directions = Directions(result, period);
        var spc = Spc(result);
        var states = States(result, figures);
        var steps = new List<string> { Heading(result, period) };
        steps.AddRange(StateSteps(result, period));
        steps.AddRange(FigureSteps(result, period, used, figures));
        if (target is not null)
        {
            steps.Add(TargetStep(result, period, target));
        }

        steps.Add(rating.Rule);
        steps.AddRange(directions.Select(direction => DirectionStep(result, direction)));
        if (spc is not null)
        {
            steps.Add(SpcStep(result, spc));
        }

        return new IndicatorExplanation(
            d.Id, d.Title, period.ToString(), Word(d.Unit), Word(d.Polarity), Word(d.Aggregation), Word(d.Type), d.Decimals,
            states, used, figures, target, rating, directions, spc, steps);
    }

    private static List<ExplainedRow> UsedRows(IndicatorResult result, Period period, IReadOnlyList<Observation> rows)
    {
        // The series keeps one granularity and drops periods whose rows disagree: only its periods' rows were used.
        var kept = result.Series.Select(point => point.Period).ToHashSet();
        var ratio = result.Definition.Aggregation == Aggregation.Ratio;
        return rows
            .Where(row => string.IsNullOrWhiteSpace(row.Breakdown) && kept.Contains(row.Period)
                && period.YearToDate.Contains(row.Period.Span)
                && (ratio ? row is { Numerator: not null, Denominator: not null } : row.HasFigure))
            .OrderBy(row => row.Period)
            .ThenBy(row => row.Source?.Line)
            .Select(row => new ExplainedRow(
                row.Source is { } at ? new SourceLocation(at.Path, at.Line).ToString() : null,
                row.Period.ToString(), row.Value, row.Numerator, row.Denominator, period.Span.Contains(row.Period.Span)))
            .ToList();
    }

    private static List<ExplainedFigure> Figures(IndicatorResult result, Period period) =>
    [
        Figure("period", period.ToString(), result.Period),
        Figure("ytd", YtdWords(period), result.Ytd),
        Figure("previousPeriod", period.Previous.ToString(), result.PreviousPeriod),
        Figure("samePeriodLastYear", period.SamePeriodLastYear.ToString(), result.SamePeriodLastYear),
        Figure("ytdLastYear", YtdWords(period.SamePeriodLastYear), result.YtdLastYear),
        Figure("previousYtd", YtdWords(period.Previous), result.PreviousYtd),
    ];

    private static ExplainedFigure Figure(string name, string span, Aggregate figure) =>
        new(name, span, figure.Value, figure.Numerator, figure.Denominator, figure.Suppressed);

    private static string YtdWords(Period period) => $"the year to date to {period} ({period.YearToDate.First} to {period.YearToDate.Last})";

    private static ExplainedTarget? Target(IndicatorResult result)
    {
        var d = result.Definition;
        if (d.Type != IndicatorType.Target || (result.Target is null && d.Range is null))
        {
            return null;
        }

        var from = result.TargetSource is null ? null : result.TargetSource.Path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "data" : "definition";
        var source = result.TargetSource is { } at ? new SourceLocation(at.Path, at.Line).ToString() : null;
        var tolerance = d.Rag.Method == RagMethod.TargetDistance ? d.Rag.GreenWithin : d.Tolerance;
        return new ExplainedTarget(result.Target, result.Target is null ? null : from, source, tolerance?.ToString(), result.Allowance, d.Range?.Min, d.Range?.Max);
    }

    private static List<string> States(IndicatorResult result, IReadOnlyList<ExplainedFigure> figures)
    {
        var states = new List<string>();
        if (result.NotDue)
        {
            states.Add("not-due");
        }

        if (result.Definition.Type != IndicatorType.Target)
        {
            states.Add("data-only");
        }

        if (result.Provisional)
        {
            states.Add("provisional");
        }

        if (result.Stale == true)
        {
            states.Add("stale");
        }

        if (figures.Any(f => f.Suppressed))
        {
            states.Add("suppressed");
        }

        return states;
    }

    private static string Heading(IndicatorResult result, Period period)
    {
        var d = result.Definition;
        var polarity = d.Polarity switch
        {
            Polarity.Higher => "higher is better",
            Polarity.Lower => "lower is better",
            Polarity.Band => $"best within {RangeWords(d)}",
            _ => "neither way is better (neutral)",
        };
        var how = d.Aggregation switch
        {
            Aggregation.Sum => "periods are added up (sum)",
            Aggregation.Ratio => "numerators and denominators are added up, then divided (ratio)",
            Aggregation.Mean => "periods are averaged (mean)",
            _ => "the latest period's figure stands (latest)",
        };
        return $"{d.Id} ({d.Title}), {period}: a {Word(d.Unit)} indicator; {polarity}; {how}.";
    }

    private static IEnumerable<string> StateSteps(IndicatorResult result, Period period)
    {
        var d = result.Definition;
        if (d.Type != IndicatorType.Target)
        {
            yield return $"Data only: a {Word(d.Type)} indicator has figures but no target and no rating"
                + (d.Type == IndicatorType.Monitor ? ", and no direction of travel." : ".");
        }

        if (result.NotDue)
        {
            yield return $"Not due in {period}: it is reported {Word(d.Frequency!.Value)}, so it has no rating this period and missing figures are not warned about.";
        }

        if (result.Provisional)
        {
            yield return "Provisional: a row of the period or its year to date is marked provisional, so packs mark the figure.";
        }

        if (result.Stale == true && result.LastDataPeriod is { } last)
        {
            yield return $"Stale: its latest figure is for {last}, more than {d.AllowedLag} month(s) before the end of {period}.";
        }
    }

    private static IEnumerable<string> FigureSteps(IndicatorResult result, Period period, List<ExplainedRow> used, List<ExplainedFigure> figures)
    {
        var d = result.Definition;
        var inPeriod = used.Where(row => row.InPeriod).ToList();
        yield return used.Count == 0
            ? $"Rows used: none; no row for the whole gives a figure in {YtdWords(period)}."
            : $"Rows used: {used.Count} row(s) for the whole in {YtdWords(period)}, {inPeriod.Count} of them in {period}: {Lines(used)}.";
        foreach (var figure in figures.Take(2))
        {
            var rowsOf = figure.Name == "period" ? inPeriod : used;
            var name = figure.Name == "period" ? $"The {period} figure" : "The year-to-date figure";
            if (figure.Suppressed)
            {
                yield return $"{name} is withheld by disclosure control ([c]).";
            }
            else if (figure.Value is not { } value)
            {
                yield return $"{name} cannot be had (a period of it has no figure, or the figures are too coarse), so it is blank.";
            }
            else
            {
                yield return $"{name}: {Show(value, d)}, {How(d, figure, rowsOf.Count)}.";
            }
        }
    }

    private static string How(IndicatorDefinition d, ExplainedFigure figure, int rows) => d.Aggregation switch
    {
        Aggregation.Sum => $"the sum of {rows} row(s)",
        Aggregation.Ratio => $"{Exact(figure.Numerator ?? 0m)} ÷ {Exact(figure.Denominator ?? 0m)}{(d.Unit == Unit.Percent ? " × 100" : string.Empty)} (the summed numerators over the summed denominators of {rows} row(s))",
        Aggregation.Mean => $"the mean of {rows} row(s)",
        _ => "the latest row's figure",
    };

    /// <summary>"data/measures.csv lines 14–16, 20" or each row's place when the rows are in several files.</summary>
    private static string Lines(List<ExplainedRow> rows)
    {
        var byFile = rows
            .Where(row => row.Source is not null)
            .Select(row => row.Source!)
            .Select(source => (Path: source[..source.LastIndexOf(':')], Line: int.TryParse(source[(source.LastIndexOf(':') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : (int?)null))
            .GroupBy(place => place.Path)
            .Select(file => file.All(place => place.Line is not null)
                ? $"{file.Key} {(file.Count() == 1 ? "line" : "lines")} {Ranges([.. file.Select(place => place.Line!.Value).Distinct().Order()])}"
                : file.Key)
            .ToList();
        return byFile.Count == 0 ? "made in the project (no file line)" : string.Join("; ", byFile);
    }

    private static string Ranges(List<int> lines)
    {
        var parts = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var start = lines[i];
            while (i + 1 < lines.Count && lines[i + 1] == lines[i] + 1)
            {
                i++;
            }

            parts.Add(start == lines[i] ? Exact(start) : $"{Exact(start)}–{Exact(lines[i])}");
        }

        return string.Join(", ", parts);
    }

    private static string TargetStep(IndicatorResult result, Period period, ExplainedTarget target)
    {
        var d = result.Definition;
        var span = d.Rag.Basis == RatingBasis.Ytd ? $"the year to date to {period}" : period.ToString();
        var text = new StringBuilder();
        if (target.Value is { } value)
        {
            text.Append(CultureInfo.InvariantCulture, $"Target: {Show(value, d, d.TargetDecimals ?? d.Decimals)} for {span}");
            text.Append(target.From switch
            {
                "data" => $", from the target column of the data row at {target.Source}",
                "definition" => $", from the {period.Year} targets at {target.Source}",
                _ => string.Empty,
            });
        }
        else
        {
            text.Append("Target: none; the range is used");
        }

        if (d.Polarity == Polarity.Band && d.Range is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"; the figure should lie within {RangeWords(d)}");
        }

        if (target.Tolerance is { } tolerance)
        {
            var which = d.Rag.Method == RagMethod.TargetDistance ? "green_within" : "tolerance";
            text.Append(CultureInfo.InvariantCulture, $"; {which} {tolerance} allows {Exact(target.Allowance ?? 0m)}");
        }
        else
        {
            text.Append("; no tolerance");
        }

        return text.Append('.').ToString();
    }

    private static ExplainedRating Rating(IndicatorResult result, Period period, IReadOnlyList<Observation> rows, ExplainedTarget? target)
    {
        var d = result.Definition;
        var basis = Word(d.Rag.Basis);
        var rag = result.Rag?.ToString();
        if (d.Type != IndicatorType.Target)
        {
            return new ExplainedRating("none", basis, null, null, null, null, $"Rating: none (a {Word(d.Type)} indicator is not rated).", null);
        }

        var method = Word(d.Rag.Method);
        if (result.NotDue)
        {
            return new ExplainedRating(method, basis, result.RatedValue, null, null, null, $"Rating: none, since it is not due in {period}.", null);
        }

        var rated = result.RatedValue is { } v ? Show(v, d) : "blank";
        var ratedName = d.Rag.Basis == RatingBasis.Ytd ? "year-to-date figure" : $"{period} figure";
        var outcome = rag is null ? "so it has no rating" : $"so it is {rag}";
        string rule;
        string? source = null;
        switch (d.Rag.Method)
        {
            case RagMethod.Manual:
                source = ManualSource(period, rows);
                rule = rag is null
                    ? $"Rating (manual): no data row gives a rating for {period}, so it has no rating."
                    : $"Rating (manual): {rag}, given by hand in the rating column of the data row at {source ?? "the data"}.";
                break;
            case RagMethod.Spc:
                rule = result.Spc is null
                    ? "Rating (spc): no SPC analysis could be made, so it has no rating."
                    : $"Rating (spc): the SPC verdict below (variation {Word(result.Spc.Variation)}, assurance {(result.Spc.Assurance is { } a ? Word(a) : "none")}), {outcome}.";
                break;
            case RagMethod.Bands:
                var bands = string.Join("; ", d.Rag.Bands.Select(band =>
                    $"{band.Rating}{(band.Label is null ? string.Empty : $" '{band.Label}'")} {BandWords(band, d)}"));
                rule = $"Rating (bands, on the {ratedName} {rated}): the bands are {bands}"
                    + (result.RagLabel is { } label ? $"; {rated} falls in '{label}'" : string.Empty)
                    + (d.Rag.RedIfWorsening ? "; red_if_worsening: Red whenever the short-term direction is worse" : string.Empty)
                    + $", {outcome}.";
                break;
            case RagMethod.TargetDistance:
                rule = TargetDistanceRule(result, rated, ratedName, outcome);
                break;
            default:
                rule = ToleranceRule(result, rated, ratedName, outcome, target);
                break;
        }

        return new ExplainedRating(method, basis, result.RatedValue, result.OffTarget, rag, result.RagLabel, rule, source);
    }

    private static string ToleranceRule(IndicatorResult result, string rated, string ratedName, string outcome, ExplainedTarget? target)
    {
        var d = result.Definition;
        if (result.OffTarget is not { } off)
        {
            return $"Rating (tolerance, on the {ratedName} {rated}): there is {(target is null ? "no target" : "no figure")} to hold against, {outcome}.";
        }

        var allowance = result.Allowance ?? 0m;
        string edge;
        if (d.Polarity == Polarity.Band && d.Range is { } range)
        {
            edge = $"off target when further than {Exact(allowance)} outside {RangeWords(d)}";
        }
        else
        {
            var goal = result.Target ?? 0m;
            edge = d.Polarity switch
            {
                Polarity.Higher => $"higher is better, so off target when below {Exact(goal)} − {Exact(allowance)} = {Exact(goal - allowance)}",
                Polarity.Lower => $"lower is better, so off target when above {Exact(goal)} + {Exact(allowance)} = {Exact(goal + allowance)}",
                _ => $"off target when further than {Exact(allowance)} from {Exact(goal)}",
            };
        }

        var dot = result.DotShort is { } direction ? Word(direction) : "not known (nothing to compare with)";
        var because = off
            ? $"{rated} is off target, and the short-term direction is {dot}"
            : $"{rated} is within it";
        return $"Rating (tolerance, on the {ratedName}): {edge}; {because}, {outcome}. "
            + "(The rule: Green within the tolerance; Amber off target but better than or the same as before; "
            + "Red off target and worse, or with nothing to compare with.)";
    }

    private static string TargetDistanceRule(IndicatorResult result, string rated, string ratedName, string outcome)
    {
        var d = result.Definition;
        if (result.RatedValue is not { } value || (result.Target is not { } goal && d.Range is null))
        {
            return $"Rating (target_distance, on the {ratedName} {rated}): there is no figure or no target, {outcome}.";
        }

        string shortfall, green, amber;
        if (d.Polarity == Polarity.Band && d.Range is { } range)
        {
            shortfall = $"{Exact(range.DistanceFrom(value))} outside {RangeWords(d)}";
            green = d.Rag.GreenWithin?.ToString() ?? "0";
            amber = d.Rag.AmberWithin?.ToString() ?? "0";
        }
        else
        {
            var target = result.Target!.Value;
            var gap = d.Polarity switch
            {
                Polarity.Higher => target - value,
                Polarity.Lower => value - target,
                _ => Math.Abs(value - target),
            };
            shortfall = gap <= 0m ? $"none ({rated} meets the target {Exact(target)})" : $"{Exact(gap)} short of the target {Exact(target)}";
            green = Allowance(d.Rag.GreenWithin, target);
            amber = Allowance(d.Rag.AmberWithin, target);
        }

        return $"Rating (target_distance, on the {ratedName} {rated}): the shortfall is {shortfall}; "
            + $"Green up to {green}, Amber up to {amber}, Red beyond; {outcome}. (The direction of travel plays no part.)";
    }

    private static string Allowance(Tolerance? tolerance, decimal target) => tolerance is null
        ? "0"
        : tolerance.Kind == ToleranceKind.PercentOfTarget ? $"{Exact(tolerance.AllowanceFor(target))} ({tolerance} of the target)" : Exact(tolerance.AllowanceFor(target));

    private static string? ManualSource(Period period, IReadOnlyList<Observation> rows)
    {
        var rated = rows.Where(row => row.Rating is not null && string.IsNullOrWhiteSpace(row.Breakdown) && period.Span.Contains(row.Period.Span)).ToList();
        var row = rated.FirstOrDefault(r => r.Period == period)
            ?? rated.OrderBy(r => r.Period.Span.Last).ThenBy(r => r.Period.Span.First).LastOrDefault();
        return row?.Source is { } at ? new SourceLocation(at.Path, at.Line).ToString() : null;
    }

    private static List<ExplainedDirection> Directions(IndicatorResult result, Period period)
    {
        var d = result.Definition;
        var shortPeriods = Comparisons.ShortTermComparesPeriods(d);
        var longYtd = Comparisons.LongTermComparesYearsToDate(d);
        var (shortNow, shortThen) = Comparisons.ShortTerm(result);
        var (longNow, longThen) = Comparisons.LongTerm(result);
        return
        [
            shortPeriods
                ? new("short", "period", period.ToString(), shortNow, "previousPeriod", period.Previous.ToString(), shortThen, d.DotThreshold, Word(result.DotShort))
                : new("short", "ytd", YtdWords(period), shortNow, "previousYtd", YtdWords(period.Previous), shortThen, d.DotThreshold, Word(result.DotShort)),
            longYtd
                ? new("long", "ytd", YtdWords(period), longNow, "ytdLastYear", YtdWords(period.SamePeriodLastYear), longThen, d.DotThreshold, Word(result.DotLong))
                : new("long", "period", period.ToString(), longNow, "samePeriodLastYear", period.SamePeriodLastYear.ToString(), longThen, d.DotThreshold, Word(result.DotLong)),
        ];
    }

    private static string DirectionStep(IndicatorResult result, ExplainedDirection direction)
    {
        var d = result.Definition;
        var term = direction.Term == "short" ? "Short-term direction" : "Long-term direction";
        var now = direction.CurrentValue is { } c ? Show(c, d) : "blank";
        var then = direction.EarlierValue is { } e ? Show(e, d) : "blank";
        var compare = $"{now} for {direction.CurrentSpan} against {then} for {direction.EarlierSpan}";
        if (d.Type == IndicatorType.Monitor)
        {
            return $"{term}: none (a monitor indicator has no direction of travel); {compare}.";
        }

        if (direction.Result is not { } found)
        {
            var why = direction.CurrentValue is null || direction.EarlierValue is null ? "a figure is blank"
                : d.Polarity == Polarity.Neutral ? "neither way is better (neutral polarity)"
                : "there is no range to be nearer to";
            return $"{term}: none, since {why}; {compare}.";
        }

        var threshold = direction.Threshold is { } t ? $"; differences up to {Exact(t)} count as the same (dot_threshold)" : string.Empty;
        var sense = d.Polarity switch
        {
            Polarity.Higher => "higher is better",
            Polarity.Lower => "lower is better",
            _ => $"nearer {RangeWords(d)} is better",
        };
        return $"{term}: {compare}; {sense}{threshold}, so {found}.";
    }

    private static ExplainedSpc? Spc(IndicatorResult result)
    {
        if (result.Spc is not { } spc)
        {
            return null;
        }

        var last = spc.Points.Count > 0 ? spc.Points[^1] : null;
        return new ExplainedSpc(
            spc.Mean, spc.LowerLimit, spc.UpperLimit, last?.Period, last?.Value,
            last?.Rule is { } rule ? Word(rule) : null,
            Word(spc.Variation), spc.Assurance is { } assurance ? Word(assurance) : null);
    }

    private static string SpcStep(IndicatorResult result, ExplainedSpc spc)
    {
        var d = result.Definition;
        var last = spc.LastPeriod is null ? string.Empty : $"the last point, {spc.LastPeriod}, is {Show(spc.LastValue ?? 0m, d)}; ";
        var rule = spc.Rule is null ? "no rule flags it" : $"the {spc.Rule} rule flags it";
        var assurance = spc.Assurance is null ? "no target assurance" : $"target assurance {spc.Assurance}";
        return $"SPC (XmR): {last}mean {Exact(spc.Mean)}, process limits {Exact(spc.LowerLimit)} to {Exact(spc.UpperLimit)}; {rule}: {spc.Variation.Replace('_', ' ')} variation; {assurance}.";
    }

    private static string RangeWords(IndicatorDefinition d) => d.Range switch
    {
        { Min: { } min, Max: { } max } => $"{Exact(min)} to {Exact(max)}",
        { Min: { } min } => $"at least {Exact(min)}",
        { Max: { } max } => $"at most {Exact(max)}",
        _ => "its target",
    };

    private static string BandWords(RagBand band, IndicatorDefinition d) => (band.Min, band.Max) switch
    {
        ({ } min, { } max) => $"{Show(min, d)} to {Show(max, d)}",
        ({ } min, null) => $"from {Show(min, d)}",
        (null, { } max) => $"up to {Show(max, d)}",
        _ => "any value",
    };

    /// <summary>A figure as packs show it: rounded to the indicator's decimals, with thousands separators and its unit.</summary>
    private static string Show(decimal value, IndicatorDefinition d, int? decimals = null)
    {
        var places = decimals ?? d.Decimals;
        var text = Rounding.ForDisplay(value, places).ToString("N" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return d.Unit switch
        {
            Unit.Percent => text + "%",
            Unit.Currency => "£" + text,
            _ => text,
        };
    }

    /// <summary>A number worked with, unrounded (up to six decimals), with thousands separators.</summary>
    private static string Exact(decimal value) => value.ToString("#,0.######", CultureInfo.InvariantCulture);

    /// <summary>An enum value as the YAML writes it: <c>TargetDistance</c> → <c>target_distance</c>.</summary>
    private static string Word<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static string? Word(Direction? direction) => direction is { } value ? Word(value) : null;
}
