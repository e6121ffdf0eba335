namespace ReportGen.Documents.Model;

/// <summary>
/// Content laid out side by side in two or more columns (a dashboard's overview beside its indicators). Reading order
/// is column by column: all of the first, then all of the second. Renderers keep the columns on one page when they
/// fit there; a block taller than a page is stacked, column after column, so nothing is lost.
/// </summary>
public sealed record Columns : Block
{
    private readonly IReadOnlyList<LayoutColumn> _items;

    /// <summary>Columns of <paramref name="items"/>.</summary>
    /// <param name="items">Two or more columns; none may hold another columns block or a page break.</param>
    /// <exception cref="ArgumentException">Fewer than two columns, or a column holding columns or a page break.</exception>
    public Columns(IReadOnlyList<LayoutColumn> items) => _items = Require(items);

    /// <summary>The columns, left to right (and in reading order).</summary>
    public IReadOnlyList<LayoutColumn> Items
    {
        get => _items;
        init => _items = Require(value);
    }

    private static IReadOnlyList<LayoutColumn> Require(IReadOnlyList<LayoutColumn> items)
    {
        if (items.Count < 2)
        {
            throw new ArgumentException($"A columns block needs two or more columns, not {items.Count}.", nameof(items));
        }

        if (items.SelectMany(c => c.Blocks).FirstOrDefault(b => b is Columns or PageBreak) is { } wrong)
        {
            throw new ArgumentException($"A column cannot hold a {wrong.GetType().Name}.", nameof(items));
        }

        return items;
    }
}
