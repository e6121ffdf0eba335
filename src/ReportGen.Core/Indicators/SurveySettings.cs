namespace ReportGen.Core.Indicators;

/// <summary>
/// A survey proportion's statistics (YAML <c>survey: { confidence: 95, compare: same_period_last_year }</c>): the
/// Wilson interval of the rated rate and a two-proportion test of its change. Only for <c>ratio</c> indicators,
/// whose numerator counts the respondents who said yes and denominator the valid responses.
/// </summary>
public sealed record SurveySettings
{
    private readonly decimal _confidence = DefaultConfidence;

    /// <summary>The usual confidence level, 95%.</summary>
    public const decimal DefaultConfidence = 95m;

    /// <summary>The confidence level in percent, above 0 and below 100 (95 by default).</summary>
    public decimal Confidence
    {
        get => _confidence;
        init => _confidence = value is > 0m and < 100m
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Confidence), value, "A confidence level lies between 0 and 100 (percent).");
    }

    /// <summary>What the change is tested against.</summary>
    public SurveyComparison Compare { get; init; } = SurveyComparison.SamePeriodLastYear;
}
