using System.Text;
using ReportGen.Documents.Model;
using ReportGen.Rendering.Html.Markup;

namespace ReportGen.Rendering.Html.Charts;

/// <summary>The legend under the plot, as the PDF's: each entry's symbol and name, flowing onto more rows when needed.</summary>
internal sealed class Legend
{
    private const double LineSymbol = 20;
    private const double SmallSymbol = 8;
    private const double SymbolGap = 4;
    private const double EntryGap = 14;

    private readonly List<(LegendEntry Entry, double X, int Row)> _placed = [];
    private readonly double _size;

    private Legend(double size) => _size = size;

    /// <summary>How tall the legend is (0 for none).</summary>
    public double Height { get; private set; }

    private double RowHeight => (_size * 1.2) + 3;

    /// <summary>The legend of <paramref name="entries"/> set within <paramref name="width"/>.</summary>
    public static Legend Measure(IReadOnlyList<LegendEntry> entries, double width, double size)
    {
        var legend = new Legend(size);
        var (x, row) = (0.0, 0);
        foreach (var entry in entries)
        {
            var extent = Symbol(entry) + SymbolGap + ChartSvg.TextWidth(entry.Label, size);
            if (x > 0 && x + extent > width)
            {
                (x, row) = (0, row + 1);
            }

            legend._placed.Add((entry, x, row));
            x += extent + EntryGap;
        }

        legend.Height = entries.Count == 0 ? 0 : ((row + 1) * legend.RowHeight) + 4;
        return legend;
    }

    /// <summary>The legend's SVG with its top at <paramref name="top"/>.</summary>
    public string Draw(double top)
    {
        var svg = new StringBuilder();
        foreach (var (entry, x, row) in _placed)
        {
            var middle = top + 4 + (row * RowHeight) + (RowHeight / 2);
            var symbol = Symbol(entry);
            var color = Css.Color(entry.Color);
            switch (entry.Symbol)
            {
                case LegendSymbol.Bar:
                    svg.Append($"<rect x=\"{Css.Number(x)}\" y=\"{Css.Number(middle - (SmallSymbol / 2))}\" width=\"{Css.Number(SmallSymbol)}\" height=\"{Css.Number(SmallSymbol)}\" fill=\"{color}\"/>\n");
                    break;
                case LegendSymbol.Marker:
                    svg.Append(ChartSvg.Marker(x + (symbol / 2), middle, entry.Marker, 7, color));
                    break;
                default:
                    svg.Append(ChartSvg.Line(x, middle, x + symbol, middle, color, 1.75, entry.Dash));
                    if (entry.Marker != MarkerShape.None)
                    {
                        svg.Append(ChartSvg.Marker(x + (symbol / 2), middle, entry.Marker, 5, color));
                    }

                    break;
            }

            svg.Append(ChartSvg.Text(entry.Label, x + symbol + SymbolGap, middle + (_size * 0.35), "start", Css.Color(Styles.StyleSheet.TextColor)));
        }

        return svg.ToString();
    }

    private static double Symbol(LegendEntry entry) => entry.Symbol == LegendSymbol.Line ? LineSymbol : SmallSymbol;
}
