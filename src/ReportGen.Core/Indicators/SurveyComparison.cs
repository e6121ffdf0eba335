namespace ReportGen.Core.Indicators;

/// <summary>Which earlier figure a survey result is tested against for a significant change.</summary>
public enum SurveyComparison
{
    /// <summary>The same figure a year earlier (the year to date against last year's, or the period against the same period last year).</summary>
    SamePeriodLastYear,

    /// <summary>The period before (the quarter or month alone; two overlapping years to date are not independent samples).</summary>
    PreviousPeriod,
}
