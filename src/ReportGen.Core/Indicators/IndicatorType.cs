namespace ReportGen.Core.Indicators;

/// <summary>What an indicator is in a pack: held to a target, shown for context, or only watched.</summary>
public enum IndicatorType
{
    /// <summary>Held to a target and rated (the default).</summary>
    Target,

    /// <summary>Shown for context: no target, no rating, but a direction of travel.</summary>
    Contextual,

    /// <summary>Watched: figures only, with no target, rating or direction of travel.</summary>
    Monitor,
}
