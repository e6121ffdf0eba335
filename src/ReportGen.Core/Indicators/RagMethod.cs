namespace ReportGen.Core.Indicators;

/// <summary>How a RAG rating is worked out.</summary>
public enum RagMethod
{
    /// <summary>The Havering rule: within tolerance of the target is Green; outside it, Amber if improving or steady, else Red.</summary>
    Tolerance,

    /// <summary>Bands listed best first, each with a rating and an optional label ("Satisfactory 85–100%").</summary>
    Bands,

    /// <summary>
    /// How far the figure falls short of its target, with no part for the direction of travel: Green when met (or
    /// short by no more than <see cref="RagRule.GreenWithin"/>), Amber when short by no more than
    /// <see cref="RagRule.AmberWithin"/>, Red beyond.
    /// </summary>
    TargetDistance,

    /// <summary>Statistical process control (XmR) rules.</summary>
    Spc,

    /// <summary>A rating supplied in the data's <c>rating</c> column.</summary>
    Manual,
}
