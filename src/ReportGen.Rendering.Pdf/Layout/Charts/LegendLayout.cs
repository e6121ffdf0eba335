using ReportGen.Documents.Model;
using ReportGen.Rendering.Pdf.Drawing;

namespace ReportGen.Rendering.Pdf.Layout.Charts;

/// <summary>The legend under the plot: each entry's symbol (a short line in its dash with its marker, a square, or a marker) and its name, flowing onto more rows when needed.</summary>
internal sealed class LegendLayout
{
    const double LineSymbol = 20;
    const double SmallSymbol = 8;
    const double SymbolGap = 4;
    const double EntryGap = 14;

    readonly List<(LegendEntry Entry, double X, int Row)> _placed = [];
    readonly ChartText _text;

    LegendLayout(ChartText text) => _text = text;

    /// <summary>How tall the legend is (0 for none).</summary>
    public double Height { get; private set; }

    /// <summary>The legend of <paramref name="entries"/> set within <paramref name="width"/>.</summary>
    public static LegendLayout Measure(IReadOnlyList<LegendEntry> entries, double width, ChartText text)
    {
        var legend = new LegendLayout(text);
        var (x, row) = (0.0, 0);
        foreach (var entry in entries)
        {
            var size = Symbol(entry) + SymbolGap + text.Width(entry.Label);
            if (x > 0 && x + size > width)
            {
                (x, row) = (0, row + 1);
            }

            legend._placed.Add((entry, x, row));
            x += size + EntryGap;
        }

        legend.Height = entries.Count == 0 ? 0 : ((row + 1) * legend.RowHeight) + 4;
        return legend;
    }

    double RowHeight => _text.LineHeight + 3;

    /// <summary>The legend with its top at <paramref name="top"/>.</summary>
    public IEnumerable<DrawOp> Draw(double top)
    {
        foreach (var (entry, x, row) in _placed)
        {
            var middle = top + 4 + (row * RowHeight) + (RowHeight / 2);
            var symbol = Symbol(entry);
            switch (entry.Symbol)
            {
                case LegendSymbol.Bar:
                    yield return new RectOp(x, middle - (SmallSymbol / 2), SmallSymbol, SmallSymbol, entry.Color, null);
                    break;
                case LegendSymbol.Marker:
                    yield return new MarkerOp(x + (symbol / 2), middle, entry.Marker, 7, entry.Color);
                    break;
                default:
                    yield return new LineOp(x, middle, x + symbol, middle, entry.Color, 1.75, entry.Dash);
                    if (entry.Marker != MarkerShape.None)
                    {
                        yield return new MarkerOp(x + (symbol / 2), middle, entry.Marker, 5, entry.Color);
                    }

                    break;
            }

            yield return _text.At(entry.Label, x + symbol + SymbolGap, middle, CellAlignment.Left);
        }
    }

    static double Symbol(LegendEntry entry) => entry.Symbol == LegendSymbol.Line ? LineSymbol : SmallSymbol;
}
