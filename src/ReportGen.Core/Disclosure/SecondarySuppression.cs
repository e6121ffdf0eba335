namespace ReportGen.Core.Disclosure;

/// <summary>
/// Chooses the complementary cells. While some protected cell can be worked out from what is shown (the
/// <see cref="LinearAudit"/> says which), one more shown cell is hidden, taken from a sum that has a single hidden
/// cell (where subtraction gives that cell away), the sum nearest the exposed cell first; among its cells the
/// cheapest to lose (a month or a ward before a quarter or a year to date, a part before its total), then the one
/// that leaves the fewest such sums, then a non-zero before a zero (a hidden zero protects little), then the
/// smallest, then the earlier. When no one sum gives the cell away but several together do, the cheapest cell that
/// protects it on its own is taken. Then every complement is shown again, the costliest and largest first, wherever
/// showing it gives no protected cell away: greedy steps may take more than they need. Last, a complement that can
/// itself be worked out is shown again: it protects nothing, and no <c>[c]</c> should be recoverable.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Which cells end up hidden, and the protected cells nothing could protect (none in practice).</summary>
    public static (bool[] Hidden, IReadOnlyList<Cell> Unprotected) Choose(CellTable table)
    {
        var cells = table.Cells;
        var hidden = cells.Select(c => !c.Printed || c.Primary || c.Protect).ToArray();
        var unprotected = new List<Cell>();
        foreach (var component in SumComponent.Of(table))
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

            Release(component, cells, hidden, protect);
            var complements = component.Cells.Where(c => hidden[c] && cells[c].Printed && !cells[c].Protect).ToList();
            foreach (var useless in LinearAudit.Exposed(component.Relations, hidden, complements))
            {
                hidden[useless] = false;
            }
        }

        return (hidden, unprotected);
    }

    // Shows each complement again, the costliest and largest first, unless that gives a protected cell away.
    private static void Release(SumComponent component, IReadOnlyList<Cell> cells, bool[] hidden, List<int> protect)
    {
        var complements = component.Cells
            .Where(c => hidden[c] && cells[c].Printed && !cells[c].Protect)
            .OrderByDescending(c => cells[c].Cost)
            .ThenByDescending(c => cells[c].Weights, WeightComparer.Instance)
            .ThenByDescending(c => c)
            .ToList();
        foreach (var complement in complements)
        {
            hidden[complement] = false;
            if (LinearAudit.Exposed(component.Relations, hidden, protect).Count > 0)
            {
                hidden[complement] = true;
            }
        }
    }

    private static int? Complement(int exposed, SumComponent component, IReadOnlyList<Cell> cells, bool[] hidden)
    {
        var relations = component.Relations;
        var hiddenIn = relations.Select(r => r.Cells.Count(c => hidden[c])).ToArray();
        var distance = component.Distances(exposed);
        bool Shown(int c) => !hidden[c] && cells[c].Printed;

        // The cells of the sums that give a hidden cell away by subtraction, nearest the exposed cell first.
        var leaking = new Dictionary<int, int>();
        for (var r = 0; r < relations.Count; r++)
        {
            var alone = relations[r].Cells.FirstOrDefault(c => hidden[c], -1);
            if (hiddenIn[r] != 1 || !distance.TryGetValue(alone, out var far))
            {
                continue;
            }

            foreach (var cell in relations[r].Cells.Where(Shown))
            {
                leaking[cell] = Math.Min(leaking.GetValueOrDefault(cell, int.MaxValue), far);
            }
        }

        if (leaking.Count > 0)
        {
            return Best(leaking.Keys.OrderBy(c => leaking[c]).ThenBy(c => cells[c].Cost), component, cells, hiddenIn).First();
        }

        // No sum gives it away on its own, but several together do (a year to date less the year to date before it):
        // the cheapest cell that protects it alone, else the cheapest.
        var others = Best(component.Cells.Where(Shown).OrderBy(c => cells[c].Cost).ThenBy(c => distance.GetValueOrDefault(c, int.MaxValue)), component, cells, hiddenIn).ToList();
        var protectors = LinearAudit.Protectors(relations, hidden, exposed, others);
        return others.Count == 0 ? null : others.FirstOrDefault(protectors.Contains, others[0]);
    }

    private static IOrderedEnumerable<int> Best(IOrderedEnumerable<int> candidates, SumComponent component, IReadOnlyList<Cell> cells, int[] hiddenIn) => candidates
        .ThenBy(c => component.Singletons(c, hiddenIn))
        .ThenBy(c => cells[c].IsZero)
        .ThenBy(c => cells[c].Weights, WeightComparer.Instance)
        .ThenBy(c => c);
}
