using System.Globalization;
using ReportGen.Documents.Model;

namespace ReportGen.Rendering.Docx.Charts;

/// <summary>
/// A chart's data as the columns of its embedded worksheet, and so as Word chart series: categories in column A,
/// then each series, each reference line (its values only across its categories) and each highlight (its values
/// only at its points). A Word chart is lines and bars, so a reference line and a set of highlighted points are
/// series too.
/// </summary>
internal sealed class ChartColumns
{
    private ChartColumns(IReadOnlyList<string> categories, IReadOnlyList<ChartColumn> columns)
    {
        Categories = categories;
        Columns = columns;
    }

    /// <summary>The category labels (column A from row 2).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>The value columns, B onwards, in series order.</summary>
    public IReadOnlyList<ChartColumn> Columns { get; }

    /// <summary>The columns of <paramref name="chart"/>.</summary>
    public static ChartColumns Of(Chart chart)
    {
        var columns = new List<ChartColumn>();
        var count = chart.Categories.Count;
        columns.AddRange(chart.Series.Select(s => new ChartColumn(ColumnKind.Series, s.Name, s.Values, s, null, null)));
        columns.AddRange(chart.ReferenceLines.Select(line => new ChartColumn(
            ColumnKind.ReferenceLine,
            line.LegendLabel,
            [.. Enumerable.Range(0, count).Select(i => i >= line.First && i <= line.Last ? (double?)line.Value : null)],
            null,
            line,
            null)));
        columns.AddRange(chart.Highlights.Select(h => new ChartColumn(
            ColumnKind.Highlight,
            h.Label,
            [.. Enumerable.Range(0, count).Select(i => h.Points.Contains(i) ? chart.Series[h.Series].Values[i] : null)],
            null,
            null,
            h)));
        return new ChartColumns(chart.Categories, columns);
    }

    /// <summary>The worksheet's column letter of the 0-based value column <paramref name="index"/> (0 is B).</summary>
    public static string Letter(int index)
    {
        var number = index + 2;
        var letters = string.Empty;
        while (number > 0)
        {
            var remainder = (number - 1) % 26;
            letters = (char)('A' + remainder) + letters;
            number = (number - 1) / 26;
        }

        return letters;
    }

    /// <summary>The last row of data (row 1 holds the names).</summary>
    public int LastRow => Categories.Count + 1;

    /// <summary><c>Sheet1!$A$2:$A$13</c>.</summary>
    public string CategoryFormula => $"Sheet1!$A$2:$A${Row(LastRow)}";

    /// <summary><c>Sheet1!$B$1</c> for column 0.</summary>
    public static string NameFormula(int index) => $"Sheet1!${Letter(index)}$1";

    /// <summary><c>Sheet1!$B$2:$B$13</c> for column 0.</summary>
    public string ValueFormula(int index) => $"Sheet1!${Letter(index)}$2:${Letter(index)}${Row(LastRow)}";

    private static string Row(int row) => row.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One value column of a chart's worksheet: a series, a reference line or a set of highlighted points.</summary>
/// <param name="Kind">Which of the three.</param>
/// <param name="Name">The series name (and legend text).</param>
/// <param name="Values">One value or gap per category.</param>
/// <param name="Series">The series, for <see cref="ColumnKind.Series"/>.</param>
/// <param name="Line">The reference line, for <see cref="ColumnKind.ReferenceLine"/>.</param>
/// <param name="Highlight">The highlight, for <see cref="ColumnKind.Highlight"/>.</param>
internal sealed record ChartColumn(
    ColumnKind Kind,
    string Name,
    IReadOnlyList<double?> Values,
    ChartSeries? Series,
    ReferenceLine? Line,
    ChartHighlight? Highlight);

/// <summary>What a <see cref="ChartColumn"/> draws.</summary>
internal enum ColumnKind
{
    /// <summary>A series of the chart.</summary>
    Series,

    /// <summary>A reference line, as a line series with no markers.</summary>
    ReferenceLine,

    /// <summary>Highlighted points, as a series of markers with no line.</summary>
    Highlight,
}
