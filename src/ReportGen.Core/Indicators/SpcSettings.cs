namespace ReportGen.Core.Indicators;

/// <summary>
/// How an XmR chart is analysed: every rule of NHSRplotthedots' <c>ptd_spc</c> as a setting (the YAML <c>spc:</c>
/// block, contract section 6). The defaults are the package's; <see cref="ScreenOutliers"/> <see langword="false"/>
/// matches the Making Data Count Excel tool.
/// </summary>
public sealed record SpcSettings
{
    /// <summary>The length of a shift or trend run the package uses.</summary>
    public const int DefaultRunLength = 7;

    /// <summary>The shortest run a shift or trend may be set to.</summary>
    public const int MinimumRunLength = 2;

    /// <summary>The fewest points limits may be fixed on (a moving range needs two).</summary>
    public const int MinimumFixAfter = 2;

    private readonly int? _fixAfter;
    private readonly int _shiftLength = DefaultRunLength;
    private readonly int _trendLength = DefaultRunLength;

    /// <summary>The package's defaults: all points, no rebase, runs of 7, outliers screened, no target.</summary>
    public static SpcSettings Default { get; } = new();

    /// <summary>Which way is an improvement; <see langword="null"/> means <see cref="SpcImprovement.Higher"/> (the package's default).</summary>
    public SpcImprovement? Improvement { get; init; }

    /// <summary>Limits from the first N points of each segment; <see langword="null"/> for all of them.</summary>
    public int? FixAfter
    {
        get => _fixAfter;
        init => _fixAfter = value is null or >= MinimumFixAfter
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FixAfter), value, $"Limits need at least {MinimumFixAfter} points.");
    }

    /// <summary>The periods (as the series writes them: <c>2016-04</c>) at which a new segment, with its own mean and limits, starts.</summary>
    public IReadOnlyList<string> Rebase { get; init; } = [];

    /// <summary>How many points in a row on one side of the mean make a shift.</summary>
    public int ShiftLength
    {
        get => _shiftLength;
        init => _shiftLength = CheckRun(value, nameof(ShiftLength));
    }

    /// <summary>How many points in a row, each strictly rising (or each strictly falling), make a trend.</summary>
    public int TrendLength
    {
        get => _trendLength;
        init => _trendLength = CheckRun(value, nameof(TrendLength));
    }

    /// <summary>Whether moving ranges of at least 3.267 × the mean moving range are left out before the limits are set.</summary>
    public bool ScreenOutliers { get; init; } = true;

    /// <summary>The target each point is held to, for assurance; <see langword="null"/> for none.</summary>
    public decimal? Target { get; init; }

    /// <summary>An optional local escalation rule (City of London's "4 consecutive increases above a control level").</summary>
    public SpcWorseningAlert? WorseningAlert { get; init; }

    private static int CheckRun(int value, string name) => value >= MinimumRunLength
        ? value
        : throw new ArgumentOutOfRangeException(name, value, $"A run needs at least {MinimumRunLength} points.");
}
