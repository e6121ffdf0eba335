using ReportGen.Core.Periods;

namespace ReportGen.Core.Indicators;

/// <summary>An indicator as its YAML definition describes it: what it measures, its targets and how it is rated.</summary>
public sealed record IndicatorDefinition
{
    private readonly int _allowedLag;

    /// <summary>Creates a definition with the contract's defaults for everything but the id and title.</summary>
    public IndicatorDefinition(string id, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Title = title;
    }

    /// <summary>The id that data rows and commentary use (<c>CSP1</c>).</summary>
    public string Id { get; }

    /// <summary>The indicator's name as packs print it.</summary>
    public string Title { get; }

    /// <summary>What the values measure.</summary>
    public Unit Unit { get; init; } = Unit.Count;

    /// <summary>Which way is good.</summary>
    public Polarity Polarity { get; init; } = Polarity.Higher;

    /// <summary>How observations combine over a span.</summary>
    public Aggregation Aggregation { get; init; } = Aggregation.Sum;

    /// <summary>Decimal places shown in packs (figures are never rounded before that).</summary>
    public int Decimals { get; init; }

    /// <summary>Decimal places for the target, when they differ from the figures' (a target of 7,373.55 beside whole counts); none for <see cref="Decimals"/>.</summary>
    public int? TargetDecimals { get; init; }

    /// <summary>For <see cref="Unit.Currency"/>: in full, in millions, or in millions from a million up (the default).</summary>
    public MoneyStyle Money { get; init; } = MoneyStyle.Auto;

    /// <summary>Targets by financial year.</summary>
    public IReadOnlyDictionary<FinancialYear, TargetSet> Targets { get; init; } = new Dictionary<FinancialYear, TargetSet>();

    /// <summary>
    /// Targets for one breakdown group's own pack (<c>targets: { by: { Havering: { "2016/17": … } } }</c>), by the
    /// group's name as the data gives it, then by financial year; used in place of <see cref="Targets"/> when a pack is
    /// built for that group alone (<c>reportgen build --for-each</c>).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<FinancialYear, TargetSet>> GroupTargets { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<FinancialYear, TargetSet>>(StringComparer.Ordinal);

    /// <summary>The tolerance around the target; none means any shortfall is off target.</summary>
    public Tolerance? Tolerance { get; init; }

    /// <summary>For <see cref="Polarity.Band"/>: the best range.</summary>
    public TargetRange? Range { get; init; }

    /// <summary>How the indicator is rated.</summary>
    public RagRule Rag { get; init; } = RagRule.Default;

    /// <summary>
    /// Differences no larger than this (in display units) count as <c>same</c> for direction of travel;
    /// none means only equal figures are the same.
    /// </summary>
    public decimal? DotThreshold { get; init; }

    /// <summary>The corporate goal or theme the indicator reports under (<c>SAFE</c>), if any.</summary>
    public string? Goal { get; init; }

    /// <summary>A longer description or definition, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The XmR chart analysis settings (the YAML <c>spc:</c> block), if the indicator has one.</summary>
    public SpcSettings? Spc { get; init; }

    /// <summary>Whether the indicator is held to a target, shown for context or only watched.</summary>
    public IndicatorType Type { get; init; } = IndicatorType.Target;

    /// <summary>How often the indicator is reported (<c>frequency: annual</c>); none means in every period.</summary>
    public ReportingFrequency? Frequency { get; init; }

    /// <summary>The first month of a since-start cumulative figure (<c>cumulative_from: 2014-04</c>), if any.</summary>
    public YearMonth? CumulativeFrom { get; init; }

    /// <summary>How many months the latest data may lag the end of the reported period before it is stale (0 by default).</summary>
    public int AllowedLag
    {
        get => _allowedLag;
        init => _allowedLag = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(AllowedLag), value, "A lag is 0 or more months.");
    }

    /// <summary>Rank among the breakdown groups, if asked for.</summary>
    public RankSettings? Rank { get; init; }

    /// <summary>Equality gaps of breakdown groups against the whole, if asked for.</summary>
    public GapSettings? Gaps { get; init; }

    /// <summary>Survey statistics (confidence interval, significance of change), if asked for.</summary>
    public SurveySettings? Survey { get; init; }

    /// <summary>
    /// Counts below this are suppressed (<c>suppress_below: 5</c>, docs/disclosure.md); <see langword="null"/> for the
    /// project's setting, 0 for never.
    /// </summary>
    public int? SuppressBelow { get; init; }

    /// <summary>Whether the indicator is left out of the public edition (<c>restricted: true</c>).</summary>
    public bool Restricted { get; init; }

    /// <summary>Further keys templates may show (reference, data source, lead officer), by name.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
