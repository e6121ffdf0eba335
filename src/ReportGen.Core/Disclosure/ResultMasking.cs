using ReportGen.Core.Analytics;
using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Disclosure;

/// <summary>
/// Applies the hidden cells to an indicator's result: each hidden figure becomes <see cref="Aggregate.Confidential"/>,
/// and whatever was worked out from one is withheld too (docs/disclosure.md): the rating of a suppressed rated figure,
/// a direction of travel that compares one, the change in the year to date, and, once any figure of the whole is
/// suppressed, the forecast, the SPC analysis and the survey statistics (each would give it away); the rank and
/// the equality gaps once a group's figure is.
/// </summary>
internal static class ResultMasking
{
    public static IndicatorResult Mask(IndicatorResult result, Period period, CellTable table, IReadOnlyList<bool> hidden)
    {
        var id = result.Definition.Id;
        bool Hidden(string slot) => table.Find(id, slot) is { } cell && hidden[cell.Index];

        var masked = result;
        foreach (var (name, _, _) in ResultFigures.Of(result, period))
        {
            if (Hidden(CellTable.FigureSlot(name)))
            {
                masked = ResultFigures.With(masked, name, Aggregate.Confidential);
            }
        }

        var seriesHidden = result.Series.Any(p => Hidden(CellTable.SeriesSlot(p.Period)));
        var groupHidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in result.Breakdowns)
        {
            if (Hidden(CellTable.GroupSlot(b.Breakdown, nameof(IndicatorResult.Period))) || Hidden(CellTable.GroupSlot(b.Breakdown, nameof(IndicatorResult.Ytd))))
            {
                groupHidden.Add(b.Breakdown);
            }
        }

        masked = masked with
        {
            Series = [.. result.Series.Select(p => Hidden(CellTable.SeriesSlot(p.Period)) ? p with { Figure = Aggregate.Confidential } : p)],
            Running = [.. result.Running.Select(r => Hidden(CellTable.RunningSlot(r.Span)) ? r with { Figure = Aggregate.Confidential } : r)],
            Breakdowns = [.. result.Breakdowns.Select(b => b with
            {
                Period = Hidden(CellTable.GroupSlot(b.Breakdown, nameof(IndicatorResult.Period))) ? Aggregate.Confidential : b.Period,
                Ytd = Hidden(CellTable.GroupSlot(b.Breakdown, nameof(IndicatorResult.Ytd))) ? Aggregate.Confidential : b.Ytd,
            })],
        };
        var anyWhole = seriesHidden || ResultFigures.Of(masked, period).Any(f => f.Figure.Suppressed);
        return Derived(result, masked, anyWhole, seriesHidden, groupHidden);
    }

    private static IndicatorResult Derived(IndicatorResult original, IndicatorResult masked, bool anyWhole, bool seriesHidden, HashSet<string> groupHidden)
    {
        var definition = original.Definition;
        var ratedFigure = definition.Rag.Basis == RatingBasis.Period ? masked.Period : masked.Ytd;
        var withheld = Withheld.None;
        var rating = ratedFigure.Suppressed || (definition.Rag.Method == RagMethod.Spc && seriesHidden);
        if (rating && (original.Rag is not null || original.OffTarget is not null))
        {
            withheld |= Withheld.Rating;
        }

        var dotShort = Lost(Comparisons.ShortTerm(original), Comparisons.ShortTerm(masked)) && original.DotShort is not null;
        var dotLong = Lost(Comparisons.LongTerm(original), Comparisons.LongTerm(masked)) && original.DotLong is not null;
        var ytdChange = (masked.Ytd.Suppressed || masked.YtdLastYear.Suppressed) && original.YtdChangePercent is not null;
        var gapsHidden = groupHidden.Count > 0 || ratedFigure.Suppressed;
        withheld |= (dotShort ? Withheld.DotShort : 0)
            | (dotLong ? Withheld.DotLong : 0)
            | (ytdChange ? Withheld.YtdChange : 0)
            | (anyWhole && original.Forecast is not null ? Withheld.Forecast : 0)
            | (seriesHidden && original.Spc is not null ? Withheld.Spc : 0)
            | (anyWhole && original.Survey is not null ? Withheld.Survey : 0)
            | (groupHidden.Count > 0 && original.Rank is not null ? Withheld.Rank : 0);
        return masked with
        {
            RatedValue = ratedFigure.Suppressed ? null : masked.RatedValue,
            Rag = rating ? null : masked.Rag,
            RagLabel = rating ? null : masked.RagLabel,
            OffTarget = rating ? null : masked.OffTarget,
            DotShort = dotShort ? null : masked.DotShort,
            DotLong = dotLong ? null : masked.DotLong,
            YtdChangePercent = ytdChange ? null : masked.YtdChangePercent,
            Forecast = withheld.HasFlag(Withheld.Forecast) ? null : masked.Forecast,
            Spc = withheld.HasFlag(Withheld.Spc) ? null : masked.Spc,
            Survey = withheld.HasFlag(Withheld.Survey) ? null : masked.Survey,
            Rank = withheld.HasFlag(Withheld.Rank) ? null : masked.Rank,
            Gaps = gapsHidden ? [.. masked.Gaps.Select(g => Gap(g, groupHidden, ratedFigure.Suppressed))] : masked.Gaps,
            Withheld = withheld,
        };
    }

    private static EqualityGap Gap(EqualityGap gap, HashSet<string> groupHidden, bool wholeHidden) =>
        groupHidden.Contains(gap.Breakdown) || wholeHidden
            ? new EqualityGap(gap.Breakdown, groupHidden.Contains(gap.Breakdown) ? null : gap.Value, null, null) { Suppressed = true }
            : gap;

    // A comparison that had both figures and lost one.
    private static bool Lost((decimal? Current, decimal? Earlier) before, (decimal? Current, decimal? Earlier) after) =>
        before.Current is not null && before.Earlier is not null && (after.Current is null || after.Earlier is null);
}
