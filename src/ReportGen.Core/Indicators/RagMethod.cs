namespace ReportGen.Core.Indicators;

/// <summary>How a RAG rating is worked out.</summary>
public enum RagMethod
{
    /// <summary>The Havering rule: within tolerance of the target is Green; outside it, Amber if improving or steady, else Red.</summary>
    Tolerance,

    /// <summary>Bands listed best first, each with a rating and an optional label ("Satisfactory 85–100%").</summary>
    Bands,

    /// <summary>Statistical process control (XmR) rules.</summary>
    Spc,

    /// <summary>A rating supplied in the data's <c>rating</c> column.</summary>
    Manual,
}
