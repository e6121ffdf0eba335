namespace ReportGen.Documents.Model;

/// <summary>One series of a <see cref="Chart"/>: a line or a set of bars.</summary>
/// <param name="Name">The series' name, for the legend (<c>2016/17</c>).</param>
/// <param name="Values">One value per category; <see langword="null"/> is a gap (no data, or a month still to come).</param>
/// <param name="Color">The line's or bars' colour.</param>
/// <param name="Dash">The line's dash pattern (ignored for bars).</param>
/// <param name="Marker">The marker at each point of a line (ignored for bars).</param>
public sealed record ChartSeries(
    string Name,
    IReadOnlyList<double?> Values,
    Rgb Color,
    LineDash Dash = LineDash.Solid,
    MarkerShape Marker = MarkerShape.None)
{
    /// <summary>The line's width in points.</summary>
    public double LineWidth { get; init; } = 2;

    /// <summary>The size of the markers in points (their width).</summary>
    public double MarkerSize { get; init; } = 5;

    /// <summary>A colour for each bar (RAG counts), overriding <see cref="Color"/>; <see langword="null"/> for none.</summary>
    public IReadOnlyList<Rgb>? PointColors { get; init; }

    /// <summary>A label drawn at each point (a bar's value), already formatted; <see langword="null"/> for none.</summary>
    public IReadOnlyList<string>? ValueLabels { get; init; }
}

/// <summary>How a line is dashed. Lines differ by dash as well as colour, so meaning never rests on colour alone.</summary>
public enum LineDash
{
    /// <summary>A solid line.</summary>
    Solid,

    /// <summary>Dashes.</summary>
    Dash,

    /// <summary>Dots.</summary>
    Dot,

    /// <summary>Long dashes.</summary>
    LongDash,
}

/// <summary>The shape of a point's marker.</summary>
public enum MarkerShape
{
    /// <summary>No marker.</summary>
    None,

    /// <summary>A circle.</summary>
    Circle,

    /// <summary>A square.</summary>
    Square,

    /// <summary>A triangle pointing up.</summary>
    Triangle,

    /// <summary>A diamond.</summary>
    Diamond,
}
