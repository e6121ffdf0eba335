using ReportGen.Core.Disclosure;
using PropertyTestAttribute = FsCheck.NUnit.PropertyAttribute;

namespace ReportGen.Core.Tests.Disclosure;

// FsCheck's [Property] supplies the arguments; NUnit's analyzer cannot see that.
#pragma warning disable NUnit1027

/// <summary>
/// The incremental audit gives the verdicts of <see cref="DenseRankReference"/>, a rank computed from scratch, on random
/// small tables of sums (two-way tables with their totals, running figures summed from the months or chained month to
/// month, and sums of random cells), whatever order cells are hidden and shown in.
/// </summary>
public sealed class IncrementalAuditTests
{
    [PropertyTest(MaxTest = 200)]
    public bool Which_cells_can_be_worked_out_agrees_with_a_dense_rank_computation(int seed)
    {
        var (relations, hidden) = RandomTable(new Random(seed));
        var audit = new IncrementalAudit([.. Enumerable.Range(0, hidden.Length)], relations, (bool[])hidden.Clone());
        var expected = DenseRankReference.Exposed(relations, hidden);
        return audit.Exposed(Enumerable.Range(0, hidden.Length)).SequenceEqual(expected)
            && LinearAudit.Exposed(relations, hidden, Enumerable.Range(0, hidden.Length)).SequenceEqual(expected);
    }

    [PropertyTest(MaxTest = 100)]
    public bool Hiding_and_showing_cells_in_any_order_keeps_agreeing_with_a_rank_from_scratch(int seed)
    {
        var random = new Random(seed);
        var (relations, hidden) = RandomTable(random);
        var audit = new IncrementalAudit([.. Enumerable.Range(0, hidden.Length)], relations, hidden);
        for (var step = 0; step < 20; step++)
        {
            var cell = random.Next(hidden.Length);
            if (hidden[cell])
            {
                audit.Show(cell);
            }
            else
            {
                audit.Hide(cell);
            }

            if (!audit.Exposed(Enumerable.Range(0, hidden.Length)).SequenceEqual(DenseRankReference.Exposed(relations, hidden)))
            {
                return false;
            }
        }

        return true;
    }

    [PropertyTest(MaxTest = 100)]
    public bool A_protector_is_exactly_a_shown_cell_whose_hiding_stops_the_cell_being_worked_out(int seed)
    {
        var (relations, hidden) = RandomTable(new Random(seed));
        var shown = Enumerable.Range(0, hidden.Length).Where(c => !hidden[c]).ToList();
        return DenseRankReference.Exposed(relations, hidden).All(exposed =>
        {
            var expected = shown.Where(c => !DenseRankReference.Determined(relations, With(hidden, c, true), exposed));
            return LinearAudit.Protectors(relations, hidden, exposed, shown).SetEquals(expected);
        });
    }

    [PropertyTest(MaxTest = 100)]
    public bool Trying_to_show_a_cell_shows_it_exactly_when_no_guarded_cell_is_then_worked_out(int seed)
    {
        var random = new Random(seed);
        var (relations, hidden) = RandomTable(random);
        var guarded = Enumerable.Range(0, hidden.Length)
            .Where(c => hidden[c] && !DenseRankReference.Determined(relations, hidden, c) && random.Next(2) == 0)
            .ToHashSet();
        var audit = new IncrementalAudit([.. Enumerable.Range(0, hidden.Length)], relations, hidden);
        foreach (var cell in Enumerable.Range(0, hidden.Length).Where(c => hidden[c] && !guarded.Contains(c)).ToList())
        {
            var expected = !guarded.Any(g => DenseRankReference.Determined(relations, With(hidden, cell, false), g));
            if (audit.TryShow(cell, guarded) != expected || hidden[cell] == expected
                || !audit.Exposed(Enumerable.Range(0, hidden.Length)).SequenceEqual(DenseRankReference.Exposed(relations, hidden)))
            {
                return false;
            }
        }

        return true;
    }

    [PropertyTest(MaxTest = 30)]
    public bool Secondary_suppression_leaves_no_protected_cell_that_a_dense_rank_computation_works_out(int seed)
    {
        // A whole crime summary (a total of three parts, by ward and month, with every running figure): the complements
        // the incremental audit chose must protect every small count by the reference's verdict too.
        var summary = CrimeSummary.Random(seed, new[] { 4, 12, 40 }[Math.Abs(seed % 3)]);
        var table = CellTable.Build(summary.Calculate(), new DisclosureRules { Totals = [CrimeSummary.Total] }, new HashSet<string>());
        var (hidden, unprotected) = SecondarySuppression.Choose(table);
        return unprotected.Count == 0
            && table.Cells.Where(c => c.Protect).All(c => hidden[c.Index] && !DenseRankReference.Determined(table.Relations, hidden, c.Index));
    }

    [Test]
    public void Running_figures_chained_month_to_month_give_a_month_away_as_the_sums_from_the_start_do()
    {
        // Months 0..3; years to date 4..7 (4 is month 0's). Summed from the start or chained (7 = 6 + 3), hiding month 2
        // alone gives it away (6 − 5); hiding its year to date 6 as well does not help while 7 and month 3 are shown
        // (6 = 7 − 3, then 2 = 6 − 5); hiding 7 too protects all three. Both forms of the same sums must say the same.
        Relation[] summed = [new(4, [0]), new(5, [0, 1]), new(6, [0, 1, 2]), new(7, [0, 1, 2, 3])];
        Relation[] chained = [new(4, [0]), new(5, [4, 1]), new(6, [5, 2]), new(7, [6, 3])];
        foreach (var relations in new[] { summed, chained })
        {
            Assert.That(LinearAudit.Exposed(relations, Hidden(8, 2), Enumerable.Range(0, 8)), Is.EqualTo(new[] { 2 }));
            Assert.That(LinearAudit.Exposed(relations, Hidden(8, 2, 6), Enumerable.Range(0, 8)), Is.EqualTo(new[] { 2, 6 }));
            Assert.That(LinearAudit.Exposed(relations, Hidden(8, 2, 6, 7), Enumerable.Range(0, 8)), Is.Empty);
        }
    }

    // A few structures over fresh cells, sometimes tied together by sums of random cells; about half the cells hidden.
    private static (Relation[] Relations, bool[] Hidden) RandomTable(Random random)
    {
        var relations = new List<Relation>();
        var cells = 0;
        int Fresh() => cells++;
        for (var structure = random.Next(1, 3); structure > 0; structure--)
        {
            switch (random.Next(3))
            {
                case 0:
                    TwoWay(random.Next(2, 4), random.Next(2, 4));
                    break;
                case 1:
                    Running(random.Next(2, 5), chained: random.Next(2) == 0);
                    break;
                default:
                    Sums(random.Next(2, 4));
                    break;
            }
        }

        for (var extra = random.Next(3); extra > 0 && cells >= 3; extra--)
        {
            var picked = Enumerable.Range(0, cells).OrderBy(_ => random.Next()).Take(random.Next(3, Math.Min(cells, 5) + 1)).ToList();
            relations.Add(new Relation(picked[0], picked[1..]));
        }

        var hidden = Enumerable.Range(0, cells).Select(_ => random.Next(100) < 45).ToArray();
        return ([.. relations], hidden);

        void TwoWay(int rows, int columns)
        {
            var inner = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns).Select(_ => Fresh()).ToArray()).ToArray();
            var rowTotals = inner.Select(row => Add(row)).ToArray();
            var columnTotals = Enumerable.Range(0, columns).Select(j => Add([.. inner.Select(row => row[j])])).ToArray();
            var grand = Add(rowTotals);
            relations.Add(new Relation(grand, columnTotals));
        }

        void Running(int months, bool chained)
        {
            var month = Enumerable.Range(0, months).Select(_ => Fresh()).ToArray();
            var toDate = Enumerable.Range(0, months).Select(_ => Fresh()).ToArray();
            for (var m = 0; m < months; m++)
            {
                relations.Add(chained && m > 0 ? new Relation(toDate[m], [toDate[m - 1], month[m]]) : new Relation(toDate[m], month[..(m + 1)]));
            }
        }

        void Sums(int parts) => Add([.. Enumerable.Range(0, parts).Select(_ => Fresh())]);

        int Add(int[] parts)
        {
            var total = Fresh();
            relations.Add(new Relation(total, parts));
            return total;
        }
    }

    private static bool[] Hidden(int cells, params int[] hiddenCells) =>
        [.. Enumerable.Range(0, cells).Select(hiddenCells.Contains)];

    private static bool[] With(bool[] hidden, int cell, bool value)
    {
        var copy = (bool[])hidden.Clone();
        copy[cell] = value;
        return copy;
    }
}
