using ReportGen.Core.Data;
using ReportGen.Core.Indicators;
using ReportGen.Core.Periods;
using ReportGen.Core.Results;

namespace ReportGen.Core.Disclosure;

/// <summary>
/// Every count a pack may show, with the sums they obey: an indicator's months add up to its quarters, years to date,
/// rolling and cumulative figures, and to its running figures (a monthly table's years to date month by month, a
/// survey table's quarters and cumulative figures); its breakdown groups add up to the whole; the parts of a total add
/// up to it, figure by figure. A sum whose parts fall short of the total (groups the data leaves out) gets an implied
/// remainder. A running figure over the same months as another figure is that figure's cell.
/// </summary>
internal sealed class CellTable
{
    private readonly List<Cell> _cells = [];
    private readonly List<Relation> _relations = [];
    private readonly Dictionary<(string Indicator, string Slot), int> _index = [];
    private readonly DisclosureRules _rules;

    private CellTable(DisclosureRules rules) => _rules = rules;

    public IReadOnlyList<Cell> Cells => _cells;

    public IReadOnlyList<Relation> Relations => _relations;

    /// <summary>The cells and sums of <paramref name="results"/>; the indicators in <paramref name="withheld"/> are hidden and protected whole.</summary>
    public static CellTable Build(ReportResults results, DisclosureRules rules, IReadOnlySet<string> withheld)
    {
        var table = new CellTable(rules);
        var byId = new Dictionary<string, IndicatorResult>(StringComparer.Ordinal);
        foreach (var result in results.Indicators.Where(r => DisclosureScope.HasCounts(r.Definition)))
        {
            byId[result.Definition.Id] = result;
            table.AddIndicator(result, results.Period, withheld.Contains(result.Definition.Id));
        }

        foreach (var total in rules.Totals)
        {
            table.AddTotal(total, byId);
        }

        return table;
    }

    /// <summary>The cell of <paramref name="indicator"/>'s <paramref name="slot"/>, if it has one.</summary>
    public Cell? Find(string indicator, string slot) =>
        _index.TryGetValue((indicator, slot), out var i) ? _cells[i] : null;

    /// <summary>The slot name of a figure over a span.</summary>
    public static string FigureSlot(string name) => "figure:" + name;

    /// <summary>The slot name of a point of the series.</summary>
    public static string SeriesSlot(Period period) => "series:" + period;

    /// <summary>The slot name of a running figure (<see cref="IndicatorResult.Running"/>).</summary>
    public static string RunningSlot(MonthSpan span) => "running:" + span;

    /// <summary>The slot name of a breakdown group's figure.</summary>
    public static string GroupSlot(string group, string figure) => $"group:{group}:{figure}";

    private void AddIndicator(IndicatorResult result, Period period, bool restricted)
    {
        var definition = result.Definition;
        var threshold = DisclosureScope.Threshold(definition, _rules);
        var series = new List<(int Cell, MonthSpan Span)>();
        var bySpan = new Dictionary<MonthSpan, int>();
        foreach (var point in result.Series)
        {
            if (Add(definition, SeriesSlot(point.Period), point.Figure, threshold, restricted) is { } cell)
            {
                series.Add((cell, point.Period.Span));
                bySpan.TryAdd(point.Period.Span, cell);
            }
        }

        foreach (var (name, figure, span) in ResultFigures.Of(result, period))
        {
            if (Add(definition, FigureSlot(name), figure, threshold, restricted) is { } cell)
            {
                bySpan.TryAdd(span, cell);
                AddSpanSum(definition, cell, span, series);
            }
        }

        foreach (var running in result.Running)
        {
            if (bySpan.TryGetValue(running.Span, out var same))
            {
                _index.TryAdd((definition.Id, RunningSlot(running.Span)), same);
            }
            else if (Add(definition, RunningSlot(running.Span), running.Figure, threshold, restricted) is { } cell)
            {
                bySpan[running.Span] = cell;
                AddSpanSum(definition, cell, running.Span, series);
            }
        }

        foreach (var figure in new[] { nameof(IndicatorResult.Period), nameof(IndicatorResult.Ytd) })
        {
            var groups = result.Breakdowns
                .Select(b => Add(definition, GroupSlot(b.Breakdown, figure), figure == nameof(IndicatorResult.Period) ? b.Period : b.Ytd, threshold, restricted))
                .OfType<int>()
                .ToList();
            if (_index.TryGetValue((definition.Id, FigureSlot(figure)), out var whole) && groups.Count > 0)
            {
                AddSum(whole, groups, threshold, $"{definition.Id} {figure} not in a group");
            }
        }
    }

    // A figure over a span is the sum of the series' points inside it (the last of them for 'latest').
    private void AddSpanSum(IndicatorDefinition definition, int cell, MonthSpan span, List<(int Cell, MonthSpan Span)> series)
    {
        var inside = series.Where(s => span.Contains(s.Span)).Select(s => s.Cell).ToList();
        var parts = definition.Aggregation == Aggregation.Latest ? inside.TakeLast(1).ToList() : inside;
        if (parts.Count > 0 && Holds(cell, parts))
        {
            _relations.Add(new Relation(cell, parts));
        }
    }

    private void AddTotal(IndicatorTotal total, Dictionary<string, IndicatorResult> byId)
    {
        if (!byId.TryGetValue(total.Total, out var whole) || total.Parts.Any(p => !byId.ContainsKey(p)))
        {
            return;
        }

        var parts = total.Parts.Select(p => byId[p].Definition).ToList();
        var arity = Arity(whole.Definition);
        if (parts.Any(p => Arity(p) != arity))
        {
            return;
        }

        var threshold = parts.Select(p => DisclosureScope.Threshold(p, _rules)).Append(DisclosureScope.Threshold(whole.Definition, _rules)).Max();
        foreach (var cell in _cells.Where(c => c.Printed && c.Indicator == total.Total).ToList())
        {
            // A part without this figure (no ward breakdown, say) counts in the remainder.
            var partCells = parts.Select(p => _index.TryGetValue((p.Id, cell.Slot), out var i) ? i : -1).Where(i => i >= 0).ToList();
            if (partCells.Count > 0)
            {
                AddSum(cell.Index, partCells, threshold, $"{total.Total} {cell.Slot} not in a part");
            }
        }
    }

    private static int Arity(IndicatorDefinition definition) => definition.Aggregation == Aggregation.Ratio ? 2 : 1;

    // total = parts + remainder: exact when nothing is left over, with an implied (never printed) remainder when the
    // parts fall short, and no sum at all when they add up to more (overlapping groups are not a partition).
    private void AddSum(int total, List<int> parts, int threshold, string remainderSlot)
    {
        var left = (decimal[])_cells[total].Weights.Clone();
        foreach (var part in parts)
        {
            for (var w = 0; w < left.Length; w++)
            {
                left[w] -= _cells[part].Weights[w];
            }
        }

        if (left.Any(w => w < 0m))
        {
            return;
        }

        if (left.Any(w => w > 0m))
        {
            var small = DisclosureScope.IsSmall(left, threshold, _rules.SuppressZeros);
            var remainder = new Cell(_cells.Count, _cells[total].Indicator, remainderSlot, left, Printed: false, Primary: false, Protect: small);
            _cells.Add(remainder);
            parts = [.. parts, remainder.Index];
        }

        _relations.Add(new Relation(total, parts));
    }

    private static readonly string[] Headline =
        [FigureSlot(nameof(IndicatorResult.Period)), FigureSlot(nameof(IndicatorResult.Ytd)), FigureSlot(nameof(IndicatorResult.YtdLastYear))];

    private int Cost(string indicator, string slot)
    {
        var span = slot.StartsWith("figure:", StringComparison.Ordinal) || slot.StartsWith("running:", StringComparison.Ordinal);
        var cost = span ? (Headline.Contains(slot) ? 2 : 1) : 0;
        return cost + (_rules.Totals.Any(t => t.Total == indicator) ? 1 : 0);
    }

    private bool Holds(int total, List<int> parts)
    {
        var weights = _cells[total].Weights;
        return Enumerable.Range(0, weights.Length).All(w => parts.Sum(p => _cells[p].Weights[w]) == weights[w]);
    }

    private int? Add(IndicatorDefinition definition, string slot, Aggregate figure, int threshold, bool restricted)
    {
        if (DisclosureScope.Weights(definition, figure) is not { } weights || _index.ContainsKey((definition.Id, slot)))
        {
            return null;
        }

        var small = DisclosureScope.IsSmall(weights, threshold, _rules.SuppressZeros);
        var cell = new Cell(_cells.Count, definition.Id, slot, weights, Printed: true, Primary: small, Protect: small || restricted, Cost(definition.Id, slot));
        _cells.Add(cell);
        _index[(definition.Id, slot)] = cell.Index;
        return cell.Index;
    }
}
