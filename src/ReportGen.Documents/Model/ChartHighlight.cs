namespace ReportGen.Documents.Model;

/// <summary>
/// Points of a series drawn with a marker of their own, over the series' line: an SPC chart's special-cause
/// points. Shape and colour both differ from the plain points, and the legend names them.
/// </summary>
/// <param name="Label">What the points are (<c>Special cause: improvement</c>).</param>
/// <param name="Shape">Their marker.</param>
/// <param name="Color">Their colour.</param>
/// <param name="Series">Which series (index into <see cref="Chart.Series"/>) they belong to.</param>
/// <param name="Points">Their categories (0-based indexes).</param>
public sealed record ChartHighlight(string Label, MarkerShape Shape, Rgb Color, int Series, IReadOnlyList<int> Points)
{
    /// <summary>The size of the markers in points (their width); larger than a plain point's, so they stand out.</summary>
    public double MarkerSize { get; init; } = 8;
}
