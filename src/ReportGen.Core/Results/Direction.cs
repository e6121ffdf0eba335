namespace ReportGen.Core.Results;

/// <summary>Direction of travel in the indicator's polarity sense: whether performance got better, not the value bigger.</summary>
public enum Direction
{
    /// <summary>Performance improved.</summary>
    Better,

    /// <summary>Performance worsened.</summary>
    Worse,

    /// <summary>Performance held (equal, or within the definition's <c>dot_threshold</c>).</summary>
    Same,
}
