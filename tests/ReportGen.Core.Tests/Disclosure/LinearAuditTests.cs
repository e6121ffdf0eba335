using ReportGen.Core.Disclosure;

namespace ReportGen.Core.Tests.Disclosure;

public sealed class LinearAuditTests
{
    // Cells are numbered; a relation is total = parts.
    private static IReadOnlyList<int> Exposed(Relation[] relations, int cells, params int[] hiddenCells)
    {
        var hidden = new bool[cells];
        foreach (var c in hiddenCells)
        {
            hidden[c] = true;
        }

        return LinearAudit.Exposed(relations, hidden, Enumerable.Range(0, cells));
    }

    [Test]
    public void One_hidden_part_of_a_shown_total_is_given_away_by_subtraction()
    {
        // 0 = 1 + 2 + 3, with 2 hidden.
        Assert.That(Exposed([new Relation(0, [1, 2, 3])], 4, 2), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Two_hidden_parts_of_one_total_are_both_safe()
    {
        Assert.That(Exposed([new Relation(0, [1, 2, 3])], 4, 1, 2), Is.Empty);
    }

    [Test]
    public void A_hidden_total_with_all_its_parts_shown_is_given_away_by_adding()
    {
        Assert.That(Exposed([new Relation(0, [1, 2])], 3, 0), Is.EqualTo(new[] { 0 }));
    }

    [Test]
    public void Sums_that_each_hide_two_cells_can_still_give_a_cell_away_together()
    {
        // x + y, x + z and y + z shown: no single sum has one unknown, yet together they give all three
        // (x = (s1 + s2 − s3) / 2). Subtraction alone would miss this; the audit does not.
        Relation[] relations = [new(3, [0, 1]), new(4, [0, 2]), new(5, [1, 2])];
        Assert.That(Exposed(relations, 6, 0, 1, 2), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void A_chain_through_a_subtotal_gives_a_cell_away()
    {
        // total 0 = 1 + 2; subtotal 1 = 3 + 4. With 1 and 3 hidden: 1 = 0 − 2, then 3 = 1 − 4.
        Relation[] relations = [new(0, [1, 2]), new(1, [3, 4])];
        Assert.That(Exposed(relations, 5, 1, 3), Is.EqualTo(new[] { 1, 3 }));
    }

    [Test]
    public void A_rectangle_of_four_hidden_cells_in_a_two_way_table_is_safe()
    {
        // A 2 × 2 table with row and column totals (cells 0..3, rows 4, 5, columns 6, 7). All four inner cells hidden:
        // every row and column has two unknowns, and the sums have a free direction (+1 −1 / −1 +1).
        Relation[] relations = [new(4, [0, 1]), new(5, [2, 3]), new(6, [0, 2]), new(7, [1, 3])];
        Assert.That(Exposed(relations, 8, 0, 1, 2, 3), Is.Empty);
    }

    [Test]
    public void A_cell_in_no_sum_is_never_given_away()
    {
        Assert.That(Exposed([new Relation(0, [1, 2])], 4, 3), Is.Empty);
    }

    [Test]
    public void A_complement_protects_a_cell_only_where_no_other_combination_still_gives_it_away()
    {
        // Cells: 0 Q1, 1 Q2, 2 Q3, 3 the quarter (= Q3), 4 the year to date, 5 the previous year to date. Q3 and the
        // quarter are hidden. Hiding Q1 leaves the year to date less the previous one; hiding the previous year to
        // date leaves the year to date less Q1 and Q2. Only hiding the year to date protects Q3.
        Relation[] relations = [new(3, [2]), new(4, [0, 1, 2]), new(5, [0, 1])];
        var hidden = new bool[6];
        hidden[2] = hidden[3] = true;
        int[] candidates = [0, 1, 4, 5];
        var protectors = LinearAudit.Protectors(relations, hidden, 2, candidates);
        Assert.That(protectors, Is.EquivalentTo(new[] { 4 }));
        Assert.That(protectors, Is.EquivalentTo(candidates.Where(c => HidingProtects(relations, hidden, c, 2))), "the same as trying each");
    }

    [Test]
    public void In_a_two_way_table_only_cells_that_complete_a_rectangle_protect_alone()
    {
        // A 2 × 3 table (cells 0..5, rows 6, 7, columns 8, 9, 10) with cells 0 and 1 hidden: row 6 has two hidden, but
        // column 8 gives cell 0 away. Hiding 3, below it, moves the leak to row 7; a rectangle needs two more cells, so
        // no single cell protects cell 0, which the search must find out before it takes two steps.
        Relation[] relations = [new(6, [0, 1, 2]), new(7, [3, 4, 5]), new(8, [0, 3]), new(9, [1, 4]), new(10, [2, 5])];
        var hidden = new bool[11];
        hidden[0] = hidden[1] = true;
        var candidates = Enumerable.Range(2, 9).ToArray();
        var protectors = LinearAudit.Protectors(relations, hidden, 0, candidates);
        Assert.That(protectors, Is.Empty);
        Assert.That(candidates.Where(c => HidingProtects(relations, hidden, c, 0)), Is.Empty, "as trying each says");
        hidden[4] = true;
        Assert.That(LinearAudit.Protectors(relations, hidden, 0, candidates), Is.EquivalentTo(new[] { 3 }), "with 4 hidden too, 3 closes the rectangle");
    }

    private static bool HidingProtects(Relation[] relations, bool[] hidden, int candidate, int exposed)
    {
        var tried = (bool[])hidden.Clone();
        tried[candidate] = true;
        return LinearAudit.Exposed(relations, tried, [exposed]).Count == 0;
    }
}
