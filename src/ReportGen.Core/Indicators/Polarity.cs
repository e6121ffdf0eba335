namespace ReportGen.Core.Indicators;

/// <summary>Which way is good for an indicator.</summary>
public enum Polarity
{
    /// <summary>Higher values are better (satisfaction, detection rate).</summary>
    Higher,

    /// <summary>Lower values are better (crime, repeat victimisation).</summary>
    Lower,

    /// <summary>Values inside a target range are best (a repeat-referral rate of 28–40%).</summary>
    Band,

    /// <summary>Neither way is better (population, caseload for context): no direction of travel, SPC signals only high or low.</summary>
    Neutral,
}
