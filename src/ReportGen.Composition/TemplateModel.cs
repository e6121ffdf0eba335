using ReportGen.Composition.Narrative;
using ReportGen.Composition.Text;
using ReportGen.Core.Disclosure;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Composition;

/// <summary>
/// The variables Liquid texts see: <c>project</c>, <c>report</c>, <c>pack</c>, <c>settings</c>, <c>period</c>, <c>summary</c>,
/// <c>indicators</c> and <c>goals</c>. Figures come formatted for display (<c>13,143</c>); unrounded numbers are
/// under <c>raw</c>. A figure disclosure control suppressed shows as <c>[c]</c>, and so does whatever was withheld
/// with it (a rating, a direction of travel); its raw value is empty. docs/templates.md lists every variable.
/// </summary>
internal static class TemplateModel
{
    /// <summary>
    /// The global variables. Settings are strings from the project file and may use Liquid themselves
    /// (<c>subject: "Corporate Performance Report: {{ period.label }}"</c>): <paramref name="renderSetting"/>
    /// renders each with the other globals.
    /// </summary>
    public static LiquidMap Globals(CompositionInput input, IReadOnlyList<Goal> goals, Func<string, string, LiquidMap, string> renderSetting)
    {
        var indicators = input.Results.Indicators.Select(r => Indicator(r, input.Commentary, input.Results.Period.Year, input.Settings, input.Results.Period)).ToList<object>();
        var globals = LiquidMap.Of(new Dictionary<string, object?>
        {
            ["project"] = LiquidMap.Of(new Dictionary<string, object?>
            {
                ["title"] = input.ProjectTitle,
                ["organisation"] = input.Organisation ?? string.Empty,
            }),
            ["report"] = LiquidMap.Of(new Dictionary<string, object?>
            {
                ["id"] = input.ReportId,
                ["title"] = input.ReportTitle ?? string.Empty,
            }),
            ["period"] = PeriodVariables(input.Results.Period),
            ["summary"] = Summary(input.Results.Summary, input.Results.DotSummary, input.Results.Indicators),
            ["indicators"] = indicators,
            ["edition"] = EditionVariables(input.Edition ?? Edition.Full),
            ["provisional"] = LiquidMap.Of(new Dictionary<string, object?>
            {
                ["any"] = input.Results.Indicators.Any(r => r.Provisional),
                ["mark"] = ProvisionalMark.Mark(input.Settings),
                ["note"] = ProvisionalMark.Note(input.Settings),
            }),
            ["disclosure"] = LiquidMap.Of(new Dictionary<string, object?>
            {
                ["symbol"] = Confidential.Symbol,
                ["note"] = Confidential.Note,
                ["any"] = input.Results.Indicators.Any(Suppressed),
            }),
        });
        globals["pack"] = LiquidMap.Of(new Dictionary<string, object?> { ["breakdown"] = input.Pack?.Breakdown ?? string.Empty, ["value"] = input.Pack?.Value ?? string.Empty });
        globals["settings"] = Settings(input.Settings, (name, text) => renderSetting(name, text, globals));
        globals["goals"] = goals.Select((g, i) => (object)GoalVariables.Of(g, i + 1, text => renderSetting("goals", text, globals), input.Commentary)).ToList();
        return globals;
    }

    /// <summary>
    /// The variables of one indicator (<c>indicator.ytd_value</c>, <c>indicator.rag</c>…); <paramref name="year"/> is the
    /// reported financial year, <paramref name="settings"/> the report's (for the words of an indicator not due), and
    /// <paramref name="period"/> the reported period (for the words of what the directions of travel compare).
    /// </summary>
    public static LiquidMap Indicator(IndicatorResult result, Commentary commentary, FinancialYear? year = null, IReadOnlyDictionary<string, object?>? settings = null, Period? period = null)
    {
        var d = result.Definition;
        commentary.Indicators.TryGetValue(d.Id, out var notes);
        var hash = LiquidMap.Of(new Dictionary<string, object?>
        {
            ["id"] = d.Id,
            ["title"] = d.Title,
            ["description"] = d.Description ?? string.Empty,
            ["goal"] = d.Goal ?? string.Empty,
            ["unit"] = d.Unit.ToString().ToLowerInvariant(),
            ["polarity"] = d.Polarity.ToString().ToLowerInvariant(),
            ["basis"] = d.Rag.Basis == Core.Indicators.RatingBasis.Ytd ? "year to date" : "period",
            ["period_value"] = Display.Figure(d, result.Period),
            ["previous_period_value"] = Display.Figure(d, result.PreviousPeriod),
            ["same_period_last_year_value"] = Display.Figure(d, result.SamePeriodLastYear),
            ["ytd_value"] = Display.Figure(d, result.Ytd),
            ["ytd_last_year_value"] = Display.Figure(d, result.YtdLastYear),
            ["previous_ytd_value"] = Display.Figure(d, result.PreviousYtd),
            ["rated_value"] = RatedFigure(result),
            ["ytd_change"] = Or(result, Withheld.YtdChange, () => Display.Change(result.YtdChangePercent)),
            ["target"] = result.Target is null ? Display.Range(d) : Display.Target(d, result.Target),
            ["range"] = Display.Range(d),
            ["tolerance"] = Display.Tolerance(d),
            ["rag"] = Or(result, Withheld.Rating, () => result.Rag?.ToString() ?? string.Empty),
            ["rag_label"] = result.RagLabel ?? string.Empty,
            ["frequency"] = d.Frequency?.ToString().ToLowerInvariant() ?? string.Empty,
            ["not_due"] = result.NotDue,
            ["provisional"] = result.Provisional,
            ["provisional_mark"] = result.Provisional ? ProvisionalMark.Mark(settings) : string.Empty,
            ["status"] = result.NotDue ? NotDueWords.For(d.Frequency, settings) : Or(result, Withheld.Rating, () => result.Rag?.ToString() ?? string.Empty),
            ["change_short"] = Or(result, Withheld.DotShort, () => Blocks.ValueChange.Word(Comparisons.ShortTerm(result), result.DotShort)),
            ["change_long"] = Or(result, Withheld.DotLong, () => Blocks.ValueChange.Word(Comparisons.LongTerm(result), result.DotLong)),
            ["dot_short"] = Or(result, Withheld.DotShort, () => result.DotShort?.ToString().ToLowerInvariant() ?? string.Empty),
            ["dot_long"] = Or(result, Withheld.DotLong, () => result.DotLong?.ToString().ToLowerInvariant() ?? string.Empty),
            ["suppressed"] = Suppressed(result),
            ["period_fraction"] = Display.Fraction(result.Period),
            ["ytd_fraction"] = Display.Fraction(result.Ytd),
            ["highlight"] = notes?.Highlight ?? string.Empty,
            ["commentary"] = notes?.Text ?? string.Empty,
            ["corrective_action"] = notes?.CorrectiveAction ?? string.Empty,
            ["info"] = LiquidMap.Of(d.Attributes.Select(a => KeyValuePair.Create(a.Key, (object?)a.Value)), open: true),
            ["raw"] = LiquidMap.Of(new Dictionary<string, object?>
            {
                ["period_value"] = result.Period.Value,
                ["ytd_value"] = result.Ytd.Value,
                ["ytd_last_year_value"] = result.YtdLastYear.Value,
                ["ytd_change"] = result.YtdChangePercent,
                ["target"] = result.Target,
            }),
        });
        AnalyticsVariables.AddTo(hash, result);
        PackVariables.AddTo(hash, result, year);
        ComparisonVariables.AddTo(hash, result, period);
        return hash;
    }

    /// <summary>Whether disclosure control suppressed or withheld anything of <paramref name="result"/>.</summary>
    internal static bool Suppressed(IndicatorResult result) =>
        result.Withheld != Withheld.None
        || new[] { result.Period, result.PreviousPeriod, result.SamePeriodLastYear, result.Ytd, result.YtdLastYear, result.PreviousYtd, result.Rolling12, result.Cumulative }.Any(a => a.Suppressed)
        || result.Series.Any(p => p.Figure.Suppressed)
        || result.Running.Any(r => r.Figure.Suppressed)
        || result.Breakdowns.Any(b => b.Period.Suppressed || b.Ytd.Suppressed);

    /// <summary><c>[c]</c> when <paramref name="withheld"/> was withheld from <paramref name="result"/>, else the words.</summary>
    internal static string Or(IndicatorResult result, Withheld withheld, Func<string> words) =>
        result.Withheld.HasFlag(withheld) ? Confidential.Symbol : words();

    private static string RatedFigure(IndicatorResult result)
    {
        var d = result.Definition;
        var rated = d.Rag.Basis == Core.Indicators.RatingBasis.Period ? result.Period : result.Ytd;
        return rated.Suppressed ? Confidential.Symbol : Display.Figure(d, result.RatedValue);
    }

    private static LiquidMap EditionVariables(Edition edition) => LiquidMap.Of(new Dictionary<string, object?>
    {
        ["name"] = edition.Name,
        ["marking"] = edition.Marking ?? string.Empty,
        ["public"] = edition.Kind == EditionKind.Public,
    });

    private static LiquidMap PeriodVariables(Period period)
    {
        var span = period.Span;
        return LiquidMap.Of(new Dictionary<string, object?>
        {
            ["label"] = Display.PeriodLong(period),
            ["short"] = Display.PeriodShort(period),
            ["name"] = period.Kind == PeriodKind.Quarter ? $"Q{period.Index}" : Display.MonthName(span.First),
            ["kind"] = period.Kind.ToString().ToLowerInvariant(),
            ["number"] = period.Index,
            ["year"] = period.Year.ToString(),
            ["previous"] = Display.PeriodLong(period.Previous),
            ["previous_short"] = Display.PeriodShort(period.Previous),
            ["same_last_year"] = Display.PeriodLong(period.SamePeriodLastYear),
            ["same_last_year_short"] = Display.PeriodShort(period.SamePeriodLastYear),
            ["start"] = Display.Date(Display.FirstDay(span.First)),
            ["end"] = Display.Date(Display.LastDay(span.Last)),
            ["months"] = span.First == span.Last
                ? Display.MonthName(span.First)
                : $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(span.First.Month)} to {Display.MonthName(span.Last)}",
            ["ytd_start"] = Display.Date(Display.FirstDay(period.Year.FirstMonth)),
            ["previous_year"] = period.Year.Previous.ToString(),
            ["ytd_months"] = PackVariables.MonthRange(period.YearToDate),
        });
    }

    /// <summary>
    /// The <c>summary</c> variables of a RAG summary and the directions of travel of the same indicators: counts, shares
    /// and the sentence's parts; the counts councils print beside the ratings (<c>na</c>, <c>not_due</c>,
    /// <c>data_only</c>, <c>unrated</c>, <c>all</c>); <c>short</c> and <c>long</c>, the directions' counts and shares; and
    /// <c>arrows_short</c> and <c>arrows_long</c>, the arrows of every indicator due in <paramref name="indicators"/>,
    /// data-only ones included (<see cref="ArrowCounts"/>); and <c>ratings</c>, the counts of every rating shown
    /// (<see cref="RagSummary.OfRatingsShown"/>, equality gaps' included).
    /// </summary>
    internal static LiquidMap Summary(RagSummary summary, DotSummary dots, IReadOnlyList<IndicatorResult> indicators)
    {
        var parts = new List<object>();
        // Indicators not due are a part of their own, apart from those not rated (no data, no target).
        var counts = new (int Count, string Name)[]
        {
            (summary.Red, "Red"), (summary.Amber, "Amber"), (summary.Green, "Green"), (summary.NoData, "not rated"), (summary.NotDue, "not due"),
        };
        foreach (var (count, name) in counts)
        {
            if (count > 0)
            {
                parts.Add(LiquidMap.Of(new Dictionary<string, object?>
                {
                    ["count"] = count,
                    ["percent"] = Display.Percent(count * 100m / summary.Total),
                    ["name"] = name,
                    ["verb"] = count == 1 ? "is" : "are",
                }));
            }
        }

        var unrated = summary.None + summary.Excluded;
        decimal? OfAll(int count) => summary.All == 0 ? null : count * 100m / summary.All;
        var due = summary.Total - summary.NotDue;
        decimal? OfDue(int count) => due == 0 ? null : count * 100m / due;
        return LiquidMap.Of(new Dictionary<string, object?>
        {
            ["total"] = summary.Total,
            ["red"] = summary.Red,
            ["amber"] = summary.Amber,
            ["green"] = summary.Green,
            ["none"] = summary.None,
            ["excluded"] = summary.Excluded,
            ["red_percent"] = Display.Percent(summary.Percent(Rag.Red)),
            ["amber_percent"] = Display.Percent(summary.Percent(Rag.Amber)),
            ["green_percent"] = Display.Percent(summary.Percent(Rag.Green)),
            ["none_percent"] = Display.Percent(summary.Percent(null)),
            ["parts"] = parts,
            ["na"] = summary.NoData,
            ["not_due"] = summary.NotDue,
            ["data_only"] = summary.Excluded,
            ["unrated"] = unrated,
            ["all"] = summary.All,
            ["na_percent"] = Display.Percent(summary.Total == 0 ? null : summary.NoData * 100m / summary.Total),
            ["not_due_percent"] = Display.Percent(summary.Total == 0 ? null : summary.NotDue * 100m / summary.Total),
            ["red_percent_of_all"] = Display.Percent(OfAll(summary.Red)),
            ["amber_percent_of_all"] = Display.Percent(OfAll(summary.Amber)),
            ["green_percent_of_all"] = Display.Percent(OfAll(summary.Green)),
            ["unrated_percent_of_all"] = Display.Percent(OfAll(unrated)),
            ["due"] = due,
            ["red_percent_of_due"] = Display.Percent(OfDue(summary.Red)),
            ["amber_percent_of_due"] = Display.Percent(OfDue(summary.Amber)),
            ["green_percent_of_due"] = Display.Percent(OfDue(summary.Green)),
            ["short"] = Directions(dots.Short),
            ["long"] = Directions(dots.Long),
            ["ratings"] = Ratings(RagSummary.OfRatingsShown(indicators)),
            ["arrows_short"] = Arrows(ArrowCounts.ShortTerm(indicators)),
            ["arrows_long"] = Arrows(ArrowCounts.LongTerm(indicators)),
        });
    }

    private static LiquidMap Arrows(ArrowCounts counts)
    {
        string Share(int count) => Display.Percent(counts.Total == 0 ? null : count * 100m / counts.Total);
        return LiquidMap.Of(new Dictionary<string, object?>
        {
            ["up"] = counts.Up,
            ["same"] = counts.Same,
            ["down"] = counts.Down,
            ["none"] = counts.None,
            ["total"] = counts.Total,
            ["up_percent"] = Share(counts.Up),
            ["same_percent"] = Share(counts.Same),
            ["down_percent"] = Share(counts.Down),
            ["none_percent"] = Share(counts.None),
        });
    }

    private static LiquidMap Ratings(RagSummary ratings) => LiquidMap.Of(new Dictionary<string, object?>
    {
        ["total"] = ratings.Total,
        ["red"] = ratings.Red,
        ["amber"] = ratings.Amber,
        ["green"] = ratings.Green,
        ["none"] = ratings.None,
    });

    private static LiquidMap Directions(DirectionCounts counts) => LiquidMap.Of(new Dictionary<string, object?>
    {
        ["better"] = counts.Better,
        ["same"] = counts.Same,
        ["worse"] = counts.Worse,
        ["none"] = counts.None,
        ["total"] = counts.Total,
        ["better_percent"] = Display.Percent(counts.Percent(Direction.Better)),
        ["same_percent"] = Display.Percent(counts.Percent(Direction.Same)),
        ["worse_percent"] = Display.Percent(counts.Percent(Direction.Worse)),
        ["none_percent"] = Display.Percent(counts.Percent(null)),
    });

    /// <summary>
    /// Settings as Liquid sees them, an open map (a setting not given is empty): strings rendered by
    /// <paramref name="render"/> with the name of the top-level setting they belong to, maps and lists kept.
    /// </summary>
    internal static LiquidMap Settings(IReadOnlyDictionary<string, object?> settings, Func<string, string, string> render) =>
        LiquidMap.Of(settings.Select(s => KeyValuePair.Create(s.Key, Value(s.Value, text => render(s.Key, text)))), open: true);

    private static object? Value(object? value, Func<string, string> render) => value switch
    {
        string text => render(text),
        IReadOnlyDictionary<string, object?> map => LiquidMap.Of(map.Select(s => KeyValuePair.Create(s.Key, Value(s.Value, render))), open: true),
        IEnumerable<object?> list => list.Select(v => Value(v, render)).ToList(),
        null => string.Empty,
        _ => value,
    };
}
