namespace ReportGen.Core.Disclosure;

/// <summary>
/// Chooses the complementary cells: while some protected cell can be worked out from what is shown, hide one more
/// shown cell, the smallest that protects it. Candidates are the cells in a sum with it first, then the cells in a
/// sum with those; zeros only when nothing else will do (a hidden zero protects little); ties go to the earlier
/// cell. When no one cell protects it (it sits in two sums, a quarter and a total, each needing a complement), the
/// cell that leaves it alone in the fewest sums is taken and the search goes on. Each step is checked with the
/// <see cref="LinearAudit"/>. Last, a complement that can itself be worked out is shown again: it protected nothing
/// (showing a figure the others already give away changes nothing), and no <c>[c]</c> should be recoverable.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>How many candidates are tried for one exposed cell before the smallest is taken anyway.</summary>
    private const int MaxTried = 40;

    /// <summary>Which cells end up hidden, and the protected cells nothing could protect (none in practice).</summary>
    public static (bool[] Hidden, IReadOnlyList<Cell> Unprotected) Choose(CellTable table)
    {
        var cells = table.Cells;
        var hidden = cells.Select(c => !c.Printed || c.Primary || c.Protect).ToArray();
        var unprotected = new List<Cell>();
        foreach (var component in Components(table))
        {
            var protect = component.Cells.Where(c => cells[c].Protect).ToList();
            if (protect.Count == 0)
            {
                continue;
            }

            var givenUp = new HashSet<int>();
            while (LinearAudit.Exposed(component.Relations, hidden, protect).FirstOrDefault(c => !givenUp.Contains(c), -1) is var exposed and >= 0)
            {
                if (Complement(exposed, component, cells, hidden) is { } complement)
                {
                    hidden[complement] = true;
                }
                else
                {
                    givenUp.Add(exposed);
                    unprotected.Add(cells[exposed]);
                }
            }

            var complements = component.Cells.Where(c => hidden[c] && cells[c].Printed && !cells[c].Protect).ToList();
            foreach (var useless in LinearAudit.Exposed(component.Relations, hidden, complements))
            {
                hidden[useless] = false;
            }
        }

        return (hidden, unprotected);
    }

    private static int? Complement(int exposed, Component component, IReadOnlyList<Cell> cells, bool[] hidden)
    {
        var near = Neighbours([exposed], component.Relations);
        var far = Neighbours(near, component.Relations);
        var candidates = Order(near, cells, hidden)
            .Concat(Order(far.Except(near), cells, hidden))
            .Concat(Order(component.Cells, cells, hidden))
            .Distinct()
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        foreach (var candidate in candidates.Take(MaxTried))
        {
            hidden[candidate] = true;
            var stillExposed = LinearAudit.Exposed(component.Relations, hidden, [exposed]).Count > 0;
            hidden[candidate] = false;
            if (!stillExposed)
            {
                return candidate;
            }
        }

        var sums = component.Relations.Where(r => r.Cells.Contains(exposed)).ToList();
        return candidates.MinBy(candidate => Alone(exposed, sums, hidden, candidate));
    }

    // In how many of its sums the exposed cell would be the only hidden one, were the candidate hidden too.
    private static int Alone(int exposed, List<Relation> sums, bool[] hidden, int candidate) =>
        sums.Count(r => r.Cells.All(c => c == exposed || (!hidden[c] && c != candidate)));

    private static IEnumerable<int> Order(IEnumerable<int> pool, IReadOnlyList<Cell> cells, bool[] hidden) => pool
        .Where(c => !hidden[c] && cells[c].Printed)
        .OrderBy(c => cells[c].IsZero)
        .ThenBy(c => cells[c].Weights, WeightComparer.Instance)
        .ThenBy(c => c);

    private static HashSet<int> Neighbours(IEnumerable<int> of, IReadOnlyList<Relation> relations)
    {
        var set = of.ToHashSet();
        return relations.Where(r => r.Cells.Any(set.Contains)).SelectMany(r => r.Cells).ToHashSet();
    }

    // Cells joined by sums, each group with its sums, in order of their first cell.
    private static IEnumerable<Component> Components(CellTable table)
    {
        var parent = Enumerable.Range(0, table.Cells.Count).ToArray();
        int Find(int c) => parent[c] == c ? c : parent[c] = Find(parent[c]);
        foreach (var relation in table.Relations)
        {
            foreach (var cell in relation.Parts)
            {
                parent[Find(cell)] = Find(relation.Total);
            }
        }

        var relationsByRoot = table.Relations.GroupBy(r => Find(r.Total)).ToDictionary(g => g.Key, g => g.ToList());
        return Enumerable.Range(0, table.Cells.Count)
            .GroupBy(Find)
            .Select(g => new Component([.. g], relationsByRoot.GetValueOrDefault(g.Key) ?? []));
    }

    private sealed record Component(IReadOnlyList<int> Cells, IReadOnlyList<Relation> Relations);

    private sealed class WeightComparer : IComparer<decimal[]>
    {
        public static WeightComparer Instance { get; } = new();

        public int Compare(decimal[]? x, decimal[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                if (x[i].CompareTo(y[i]) is var order and not 0)
                {
                    return order;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
