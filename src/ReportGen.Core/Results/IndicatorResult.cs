using ReportGen.Core.Analytics;
using ReportGen.Core.Data;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Spc;

namespace ReportGen.Core.Results;

/// <summary>Everything worked out for one indicator for the reported period. Figures are unrounded.</summary>
public sealed record IndicatorResult
{
    /// <summary>The indicator's definition.</summary>
    public required IndicatorDefinition Definition { get; init; }

    /// <summary>The reported period alone (the quarter, or the month).</summary>
    public Aggregate Period { get; init; } = Aggregate.None;

    /// <summary>The period before (Q4 of last year for Q1).</summary>
    public Aggregate PreviousPeriod { get; init; } = Aggregate.None;

    /// <summary>The same period a year earlier.</summary>
    public Aggregate SamePeriodLastYear { get; init; } = Aggregate.None;

    /// <summary>From the start of the financial year to the end of the period.</summary>
    public Aggregate Ytd { get; init; } = Aggregate.None;

    /// <summary>The same span a year earlier.</summary>
    public Aggregate YtdLastYear { get; init; } = Aggregate.None;

    /// <summary>Year to date at the end of the previous period (for Q1, the whole of last year).</summary>
    public Aggregate PreviousYtd { get; init; } = Aggregate.None;

    /// <summary>(ytd − ytd last year) / ytd last year × 100; <see langword="null"/> when last year is 0 or missing.</summary>
    public decimal? YtdChangePercent { get; init; }

    /// <summary>The target the rating was worked against, if any.</summary>
    public decimal? Target { get; init; }

    /// <summary>
    /// Where <see cref="Target"/> was found: the data row that gives it, or the year's <c>targets:</c> in the indicator
    /// file; <see langword="null"/> without a target or for inputs made in code.
    /// </summary>
    public SourceLocation? TargetSource { get; init; }

    /// <summary>The allowed distance from the target, in display units, if a target and tolerance apply.</summary>
    public decimal? Allowance { get; init; }

    /// <summary>The figure that was rated (the year to date or the period, by the definition's basis).</summary>
    public decimal? RatedValue { get; init; }

    /// <summary>Whether the rated figure is further from the target than the tolerance allows.</summary>
    public bool? OffTarget { get; init; }

    /// <summary>
    /// Whether a figure of the reported period or its year to date comes from a provisional row (the CSV's
    /// <c>provisional</c> column): packs mark it, with a note.
    /// </summary>
    public bool Provisional { get; init; }

    /// <summary>
    /// Whether the indicator is not reported in this period (its <c>frequency</c>, such as annual, says so): it then has
    /// no rating, and missing data is not warned about.
    /// </summary>
    public bool NotDue { get; init; }

    /// <summary>The rating, or <see langword="null"/> (no target, no data, or no rating method result).</summary>
    public Rag? Rag { get; init; }

    /// <summary>The words of the band that rated the indicator (<c>Satisfactory</c>), for band ratings.</summary>
    public string? RagLabel { get; init; }

    /// <summary>Short-term direction of travel: against the previous period.</summary>
    public Direction? DotShort { get; init; }

    /// <summary>Long-term direction of travel: against the same point a year earlier.</summary>
    public Direction? DotLong { get; init; }

    /// <summary>
    /// The indicator's figures at its own granularity (the whole, not breakdowns), in time order, up to the end of
    /// the reported period: what charts and monthly tables draw.
    /// </summary>
    public IReadOnlyList<SeriesPoint> Series { get; init; } = [];

    /// <summary>
    /// The running figures a pack's monthly and survey tables show (years to date month by month, a rate's quarters
    /// and cumulative figures), in order of their spans; only those that can be had.
    /// </summary>
    public IReadOnlyList<RunningFigure> Running { get; init; } = [];

    /// <summary>
    /// The XmR chart analysis, for an indicator with an <c>spc:</c> block or rated by SPC that has figures up to the
    /// end of the period; otherwise <see langword="null"/>.
    /// </summary>
    public SpcResult? Spc { get; init; }

    /// <summary>The figures of each breakdown group, ordered by name.</summary>
    public IReadOnlyList<BreakdownResult> Breakdowns { get; init; } = [];

    /// <summary>The forecast of the financial year's total from the year to date (sum indicators only), if it can be had.</summary>
    public YearEndForecast? Forecast { get; init; }

    /// <summary>The twelve months to the end of the period.</summary>
    public Aggregate Rolling12 { get; init; } = Aggregate.None;

    /// <summary>From the definition's <c>cumulative_from</c> month to the end of the period; none without it.</summary>
    public Aggregate Cumulative { get; init; } = Aggregate.None;

    /// <summary>The rank among the breakdown groups, if asked for and it can be had.</summary>
    public PeerRank? Rank { get; init; }

    /// <summary>The equality gap of each group asked for, in the definition's order.</summary>
    public IReadOnlyList<EqualityGap> Gaps { get; init; } = [];

    /// <summary>The survey statistics, if asked for.</summary>
    public SurveyResult? Survey { get; init; }

    /// <summary>The last period with a figure up to the end of the reported period; <see langword="null"/> when none.</summary>
    public Period? LastDataPeriod { get; init; }

    /// <summary>
    /// Whether the latest data ends more than the allowed lag before the end of the reported period;
    /// <see langword="null"/> for an indicator with no figures at all.
    /// </summary>
    public bool? Stale { get; init; }

    /// <summary>
    /// What disclosure control withheld beyond the suppressed figures themselves (which are
    /// <see cref="Aggregate.Suppressed"/>): a rating, a direction of travel or an analysis worked out from them.
    /// </summary>
    public Withheld Withheld { get; init; }
}
