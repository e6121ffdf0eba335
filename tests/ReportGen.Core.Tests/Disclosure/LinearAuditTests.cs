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
}
