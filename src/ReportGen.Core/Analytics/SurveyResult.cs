using ReportGen.Core.Data;
using ReportGen.Core.Indicators;

namespace ReportGen.Core.Analytics;

/// <summary>
/// A survey proportion's statistics: the Wilson interval of the rated rate and a two-proportion z test of its
/// change. Rates are in display units (×100 for a percent), as every other figure.
/// </summary>
public sealed record SurveyResult
{
    /// <summary>The confidence level, in percent (95).</summary>
    public required decimal Confidence { get; init; }

    /// <summary>The lower end of the Wilson interval of the rated rate; <see langword="null"/> without responses.</summary>
    public decimal? CiLow { get; init; }

    /// <summary>The upper end of the Wilson interval of the rated rate; <see langword="null"/> without responses.</summary>
    public decimal? CiHigh { get; init; }

    /// <summary>What the change was tested against.</summary>
    public required SurveyComparison ComparedWith { get; init; }

    /// <summary>The earlier rate and its parts (respondents, responses).</summary>
    public Aggregate Comparison { get; init; } = Aggregate.None;

    /// <summary>The rate's change, now minus then, in display units (percentage points for a percent).</summary>
    public decimal? Change { get; init; }

    /// <summary>The z statistic of the two-proportion test (pooled); <see langword="null"/> when it cannot be had.</summary>
    public decimal? Z { get; init; }

    /// <summary>The two-sided p-value of <see cref="Z"/>.</summary>
    public decimal? PValue { get; init; }

    /// <summary>Whether the change is statistically significant at <see cref="Confidence"/>; <see langword="null"/> without a test.</summary>
    public bool? Significant { get; init; }
}
