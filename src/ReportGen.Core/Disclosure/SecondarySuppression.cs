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

            // Hiding a cell never lets another be worked out, so a protected cell found safe stays safe while complements
            // are added: one pass in order takes the same steps as looking for the first exposed cell again each time.
            var audit = new IncrementalAudit(component.Cells, component.Relations, hidden);
            foreach (var exposed in protect)
            {
                while (audit.Determined(exposed))
                {
                    if (Complement(exposed, component, cells, hidden, audit) is not { } complement)
                    {
                        unprotected.Add(cells[exposed]);
                        break;
                    }

                    audit.Hide(complement);
                }
            }

            Release(component, cells, hidden, audit, protect);
            var complements = component.Cells.Where(c => hidden[c] && cells[c].Printed && !cells[c].Protect).ToList();
            foreach (var useless in audit.Exposed(complements))
            {
                audit.Show(useless);
            }
        }

        return (hidden, unprotected);
    }

    // Shows each complement again, the costliest and largest first, unless that gives a protected cell away. Showing
    // never hides what was given away, so while a protected cell nothing could protect is worked out, nothing is shown.
    private static void Release(SumComponent component, IReadOnlyList<Cell> cells, bool[] hidden, IncrementalAudit audit, List<int> protect)
    {
        if (protect.Any(audit.Determined))
        {
            return;
        }

        var guarded = protect.ToHashSet();
        var complements = component.Cells
            .Where(c => hidden[c] && cells[c].Printed && !cells[c].Protect)
            .OrderByDescending(c => cells[c].Cost)
            .ThenByDescending(c => cells[c].Weights, WeightComparer.Instance)
            .ThenByDescending(c => c)
            .ToList();
        foreach (var complement in complements)
        {
            audit.TryShow(complement, guarded);
        }
    }

    private static int? Complement(int exposed, SumComponent component, IReadOnlyList<Cell> cells, bool[] hidden, IncrementalAudit audit)
    {
        var relations = component.Relations;
        var hiddenIn = new int[relations.Count];
        for (var r = 0; r < relations.Count; r++)
        {
            var parts = relations[r].Parts;
            var count = hidden[relations[r].Total] ? 1 : 0;
            for (var p = 0; p < parts.Count; p++)
            {
                count += hidden[parts[p]] ? 1 : 0;
            }

            hiddenIn[r] = count;
        }

        var distance = component.Distances(exposed);
        bool Shown(int c) => !hidden[c] && cells[c].Printed;

        // The cells of the sums that give a hidden cell away by subtraction, nearest the exposed cell first.
        var leaking = new Dictionary<int, int>();
        for (var r = 0; r < relations.Count; r++)
        {
            var far = hiddenIn[r] == 1 ? distance[relations[r].Cells.First(c => hidden[c])] : int.MaxValue;
            if (far == int.MaxValue)
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
        var others = component.Cells.Where(Shown).ToList();
        var protectors = audit.Protectors(exposed, others);
        IReadOnlyCollection<int> pool = protectors.Count > 0 ? protectors : others;
        return pool.Count == 0 ? null : Best(pool.OrderBy(c => cells[c].Cost).ThenBy(c => distance[c]), component, cells, hiddenIn).First();
    }

    private static IOrderedEnumerable<int> Best(IOrderedEnumerable<int> candidates, SumComponent component, IReadOnlyList<Cell> cells, int[] hiddenIn) => candidates
        .ThenBy(c => component.Singletons(c, hiddenIn))
        .ThenBy(c => cells[c].IsZero)
        .ThenBy(c => cells[c].Weights, WeightComparer.Instance)
        .ThenBy(c => c);
}
