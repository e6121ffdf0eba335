namespace ReportGen.Documents.Model;

/// <summary>
/// A horizontal line across some or all of a chart's categories: a target, an SPC chart's mean, process limits or
/// near limits. A labelled line carries its label at its right-hand end, so it does not rely on the legend.
/// </summary>
/// <param name="Kind">What the line is.</param>
/// <param name="Label">What it says (<c>Mean 1,443</c>, <c>Target 1,375</c>).</param>
/// <param name="Value">Where it is on the value axis.</param>
/// <param name="Color">Its colour.</param>
/// <param name="Dash">Its dash pattern.</param>
/// <param name="First">The first category it spans (0-based).</param>
/// <param name="Last">The last category it spans.</param>
public sealed record ReferenceLine(
    ReferenceLineKind Kind,
    string Label,
    double Value,
    Rgb Color,
    LineDash Dash,
    int First,
    int Last)
{
    /// <summary>The line's width in points.</summary>
    public double LineWidth { get; init; } = 1.25;

    /// <summary>Whether the line's label is written at its right-hand end (the last segment's lines, not earlier ones).</summary>
    public bool Labelled { get; init; } = true;

    /// <summary>Whether the legend lists the line.</summary>
    public bool InLegend { get; init; } = true;

    /// <summary>The name the legend gives the line (<c>Mean</c>), which may be shorter than its label.</summary>
    public string LegendLabel { get; init; } = Label;
}

/// <summary>What a <see cref="ReferenceLine"/> is.</summary>
public enum ReferenceLineKind
{
    /// <summary>A target.</summary>
    Target,

    /// <summary>An SPC chart's mean (centre line).</summary>
    Mean,

    /// <summary>The upper process limit (three sigma).</summary>
    UpperLimit,

    /// <summary>The lower process limit.</summary>
    LowerLimit,

    /// <summary>The upper near limit (two sigma).</summary>
    UpperNearLimit,

    /// <summary>The lower near limit.</summary>
    LowerNearLimit,
}
