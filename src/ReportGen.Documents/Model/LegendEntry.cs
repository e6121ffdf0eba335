namespace ReportGen.Documents.Model;

/// <summary>One entry of a chart's legend (see <see cref="Chart.LegendEntries"/>).</summary>
/// <param name="Label">What it names.</param>
/// <param name="Color">The colour of its symbol.</param>
/// <param name="Symbol">A short line, a square of the bars' colour, or a lone marker.</param>
/// <param name="Dash">The line's dash.</param>
/// <param name="Marker">The marker drawn on the line, or alone.</param>
public sealed record LegendEntry(string Label, Rgb Color, LegendSymbol Symbol, LineDash Dash, MarkerShape Marker);

/// <summary>How a legend entry shows what it names.</summary>
public enum LegendSymbol
{
    /// <summary>A short line in the series' dash, with its marker.</summary>
    Line,

    /// <summary>A filled square, for bars.</summary>
    Bar,

    /// <summary>A marker alone, for highlighted points.</summary>
    Marker,
}
